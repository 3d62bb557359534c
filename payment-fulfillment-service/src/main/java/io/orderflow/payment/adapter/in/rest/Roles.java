package io.orderflow.payment.adapter.in.rest;

/**
 * The roles a caller's token carries in its {@code groups} claim. {@code service} is order-service's own
 * (client-credentials) token; people are {@code customer}, {@code ops} or {@code admin}.
 */
final class Roles {

    static final String OPS = "ops";
    static final String ADMIN = "admin";
    static final String SERVICE = "service";

    private Roles() {
    }
}
