package io.orderflow.order.application;

/** One line a person can read for each kind of event. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String of(IncomingEvent e) {
        return switch (e.type()) {
            case "OrderPlaced" -> "order placed";
            case "OrderConfirmed" -> "order confirmed: paid " + e.text("totalMinor") + " " + e.text("currency")
                    + " (minor units), shipment " + e.text("fulfillmentId") + " requested";
            case "OrderFailed" -> "order failed: " + e.text("code") + ": " + e.text("reason");
            case "OrderCancelled" -> "order cancelled (it was " + e.text("cancelledFrom") + ")";
            case "StockReserved" -> "stock reserved until " + e.text("expiresAt");
            case "ReservationConfirmed" -> "reserved stock committed";
            case "StockReleased" -> "stock released";
            case "ReservationExpired" -> "reservation expired; stock back on hand";
            case "PaymentCaptured" -> "payment captured";
            case "PaymentDeclined" -> "payment declined: " + e.text("reason");
            case "PaymentRefunded" -> "payment refunded";
            case "FulfillmentRequested" -> "shipment requested";
            case "FulfillmentDispatched" -> "shipment dispatched";
            default -> e.type();
        };
    }
}
