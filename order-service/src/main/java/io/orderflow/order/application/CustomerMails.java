package io.orderflow.order.application;

import java.util.Optional;

/** The mails a customer receives, and their words. */
public final class CustomerMails {

    /** Confirmed, failed and cancelled are status mails: only the latest status may reach the customer. */
    public enum Kind {
        CONFIRMED(true), FAILED(true), CANCELLED(true), REFUNDED(false);

        private final boolean status;

        Kind(boolean status) {
            this.status = status;
        }

        public boolean isStatus() {
            return status;
        }
    }

    private CustomerMails() {
    }

    static Optional<Kind> kindOf(String eventType) {
        return switch (eventType) {
            case "OrderConfirmed" -> Optional.of(Kind.CONFIRMED);
            case "OrderFailed" -> Optional.of(Kind.FAILED);
            case "OrderCancelled" -> Optional.of(Kind.CANCELLED);
            case "PaymentRefunded" -> Optional.of(Kind.REFUNDED);
            default -> Optional.empty();
        };
    }

    static CustomerMailbox.CustomerMail compose(Kind kind, IncomingEvent e, String to) {
        String order = e.orderId();
        String messageId = "<" + e.eventId() + "@orderflow>";
        return switch (kind) {
            case CONFIRMED -> new CustomerMailbox.CustomerMail(to, "Your order " + order + " is confirmed",
                    "We charged " + amount(e) + " and asked the warehouse to ship your order " + order + ".\n",
                    messageId);
            case FAILED -> new CustomerMailbox.CustomerMail(to, "Your order " + order + " could not be completed",
                    "We could not complete your order " + order + ": " + e.text("reason")
                            + ".\nNothing is charged for it and no stock is held.\n", messageId);
            case CANCELLED -> new CustomerMailbox.CustomerMail(to, "Your order " + order + " is cancelled",
                    "Your order " + order + " is cancelled. Anything charged for it is refunded.\n", messageId);
            case REFUNDED -> new CustomerMailbox.CustomerMail(to, "Refund for your order " + order,
                    "We refunded " + amount(e) + " for your order " + order + ".\n", messageId);
        };
    }

    private static String amount(IncomingEvent e) {
        String minor = e.text("amountMinor") != null ? e.text("amountMinor") : e.text("totalMinor");
        if (minor == null) {
            return "the amount of your order";
        }
        long value = Long.parseLong(minor);
        return String.format("%d.%02d %s", value / 100, Math.abs(value % 100), e.text("currency"));
    }
}
