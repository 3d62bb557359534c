package io.orderflow.gateway.identity.domain;

/** What a caller may do; the value travels in the token's {@code groups} claim. */
public enum Role {
    CUSTOMER, OPS, ADMIN, SERVICE;

    public String claim() {
        return name().toLowerCase();
    }

    public static Role ofClaim(String claim) {
        return valueOf(claim.toUpperCase());
    }
}
