package io.orderflow.inventory.adapter.in.rest;

import static io.restassured.RestAssured.given;

import io.orderflow.testinfra.identity.TestIssuer;
import io.restassured.specification.RequestSpecification;

/** Who calls inventory-service in a test, each with the token the real caller would present. */
final class Callers {

    private Callers() {
    }

    /** order-service, with its client-credentials token: the only caller that changes reservations. */
    static RequestSpecification asService() {
        return given().auth().oauth2(serviceToken());
    }

    /** The token order-service presents (role {@code service}), for callers that are not REST Assured. */
    static String serviceToken() {
        return TestIssuer.get().token("order-service", Roles.SERVICE);
    }

    /** An admin: the only caller that changes the catalogue and stock. */
    static RequestSpecification asAdmin() {
        return as("admin@orderflow.test", Roles.ADMIN);
    }

    static RequestSpecification asOps() {
        return as("ops@orderflow.test", Roles.OPS);
    }

    static RequestSpecification asCustomer() {
        return as("alice", Roles.CUSTOMER);
    }

    private static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(TestIssuer.get().token(subject, role));
    }
}
