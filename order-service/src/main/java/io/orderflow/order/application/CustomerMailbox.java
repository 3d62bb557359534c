package io.orderflow.order.application;

/** Port: sends a mail to a customer, or throws when the mail server did not take it. */
public interface CustomerMailbox {

    /** {@code messageId} is derived from the event, so a mail sent twice after a crash can be told a duplicate. */
    record CustomerMail(String to, String subject, String text, String messageId) {
    }

    void send(CustomerMail mail);
}
