package io.orderflow.order.adapter.out.mail;

import io.orderflow.order.application.CustomerMailbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Quarkus Mailer over SMTP (quarkus.mailer.*); it blocks until the server accepted the mail or timed out. */
@ApplicationScoped
public class SmtpCustomerMailbox implements CustomerMailbox {

    private final Mailer mailer;

    public SmtpCustomerMailbox(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(CustomerMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()).addHeader("Message-ID", mail.messageId()));
    }
}
