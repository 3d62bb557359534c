package io.orderflow.payment.adapter.in.rest;

import static io.restassured.RestAssured.given;

import io.orderflow.testinfra.identity.TestIssuer;
import io.restassured.specification.RequestSpecification;

/** Who calls payment-fulfillment-service in a test, each with the token the real caller would present. */
final class Callers {

    private Callers() {
    }

    /** order-service, with its client-credentials token: the only caller that pays, refunds and cancels. */
    static RequestSpecification asService() {
        return given().auth().oauth2(serviceToken());
    }

    /** The token order-service presents (role {@code service}), for callers that are not REST Assured. */
    static String serviceToken() {
        return TestIssuer.get().token("order-service", Roles.SERVICE);
    }

    /** An admin: the only caller that records a dispatch. */
    static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestIssuer.get().token("admin@orderflow.test", Roles.ADMIN));
    }
}
