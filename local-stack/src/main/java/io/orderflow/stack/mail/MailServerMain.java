package io.orderflow.stack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's mail server (GreenMail): order-service sends customer mail to its SMTP port, and anyone reads
 * it back over IMAP, logging in with the recipient's address (any password). Mail lives in memory only.
 * Usage: {@code MailServerMain <smtpPort> <imapPort>}.
 */
public final class MailServerMain {

    private MailServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int smtp = Integer.parseInt(args[0]);
        int imap = Integer.parseInt(args[1]);
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "localhost", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-server-shutdown"));
        System.out.printf("mail server: SMTP localhost:%d, IMAP localhost:%d (log in as the recipient)%n", smtp, imap);
        new CountDownLatch(1).await();
    }
}
