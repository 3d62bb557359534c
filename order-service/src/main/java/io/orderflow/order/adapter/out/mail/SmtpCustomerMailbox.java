package io.orderflow.order.adapter.out.mail;

import io.orderflow.order.application.CustomerMailbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Quarkus Mailer over SMTP (quarkus.mailer.*); blocks until the server accepted the mail or the mailer's timeout
 * passed. The send runs on a thread of its own: called from a Kafka consumer's blocking (ordered) Vert.x context,
 * the mailer's own blocking step would queue behind the very call waiting for it and only ever time out.
 */
@ApplicationScoped
public class SmtpCustomerMailbox implements CustomerMailbox {

    private static final long GIVE_UP_AFTER_SECONDS = 60;

    private final Mailer mailer;
    private final ExecutorService sender = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "customer-mail");
        thread.setDaemon(true);
        return thread;
    });

    public SmtpCustomerMailbox(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(CustomerMail mail) {
        try {
            sender.submit(() -> mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())
                    .addHeader("Message-ID", mail.messageId()))).get(GIVE_UP_AFTER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the mail server did not answer within " + GIVE_UP_AFTER_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending mail", e);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
