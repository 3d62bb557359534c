package io.orderflow.order.adapter.in.rest;

/** The roles a verified token may carry (its {@code groups} claim, or where {@code JWT_GROUPS_PATH} points). */
final class Roles {

    static final String CUSTOMER = "customer";
    static final String ADMIN = "admin";
    static final String OPS = "ops";

    private Roles() {
    }
}
