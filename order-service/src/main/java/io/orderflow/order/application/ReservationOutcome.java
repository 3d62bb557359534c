package io.orderflow.order.application;

import io.orderflow.order.domain.PricedLine;
import java.util.List;
import java.util.UUID;

/** What inventory-service said about an order's reservation. */
public sealed interface ReservationOutcome {

    /** A reservation's state at S2, as its contract names them. */
    enum Status {
        HELD, CONFIRMED, RELEASED, EXPIRED
    }

    /** Stock is (or was) held for the order; {@code status} is the reservation's state at S2. */
    record Reserved(UUID reservationId, Status status, List<PricedLine> lines) implements ReservationOutcome {
        public boolean isHeldOrConfirmed() {
            return status == Status.HELD || status == Status.CONFIRMED;
        }
    }

    record OutOfStock(String detail) implements ReservationOutcome {
    }

    /** S2 refused the request for a reason other than stock (unknown SKU, other lines for this order). */
    record Rejected(String detail) implements ReservationOutcome {
    }

    /** S2 refused because the order was cancelled there: a reservation that came too late. */
    record OrderCancelled(String detail) implements ReservationOutcome {
    }

    /** S2 definitely has no reservation for the order. */
    record Absent() implements ReservationOutcome {
    }

    /** No definite answer: timeout, dropped connection, 5xx. */
    record InDoubt(String cause) implements ReservationOutcome {
    }
}
