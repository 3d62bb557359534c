package io.orderflow.system;

import static io.restassured.RestAssured.given;

import io.orderflow.stack.Stack;
import java.util.List;

/** The named points where the harness crashes or stalls a service, and how to arm them. */
final class Faults {

    /** A fault point: the process it lives in and what happens there. */
    record Point(String process, String portName, String name) {
    }

    static final Point S2_RESERVED_BEFORE_REPLY =
            new Point("inventory-service", "inventory", "inventory.reserved-before-reply");
    static final Point S1_RESERVE_ANSWERED_BEFORE_RECORD =
            new Point("order-service", "order", "order.reserve-answered-before-record");
    static final Point S3_CHARGED_BEFORE_COMMIT =
            new Point("payment-fulfillment-service", "payment", "payment.charged-before-commit");
    static final Point S3_SETTLED_BEFORE_REPLY =
            new Point("payment-fulfillment-service", "payment", "payment.settled-before-reply");
    static final Point S1_PAY_ANSWERED_BEFORE_RECORD =
            new Point("order-service", "order", "order.pay-answered-before-record");

    /** Inside S3's first transaction of a payment, before it commits: S3 stalled on its own database. */
    static final Point S3_PAYMENT_BEFORE_COMMIT =
            new Point("payment-fulfillment-service", "payment", "payment.start-before-commit");

    static final List<Point> CRASH_POINTS = List.of(S2_RESERVED_BEFORE_REPLY, S1_RESERVE_ANSWERED_BEFORE_RECORD,
            S3_CHARGED_BEFORE_COMMIT, S3_SETTLED_BEFORE_REPLY, S1_PAY_ANSWERED_BEFORE_RECORD);

    private Faults() {
    }

    /** The process halts (as with kill -9) the next time it passes the point. */
    static void armCrash(Stack stack, Point point) {
        given().baseUri(stack.url(point.portName())).auth().oauth2(Identities.of(stack).admin())
                .post("/faults/" + point.name()).then().statusCode(204);
    }

    /** The process stalls for {@code millis} the next time it passes the point. */
    static void armDelay(Stack stack, Point point, long millis) {
        given().baseUri(stack.url(point.portName())).auth().oauth2(Identities.of(stack).admin())
                .queryParam("action", "DELAY").queryParam("millis", millis)
                .post("/faults/" + point.name()).then().statusCode(204);
    }
}
