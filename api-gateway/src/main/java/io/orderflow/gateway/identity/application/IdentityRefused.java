package io.orderflow.gateway.identity.application;

/** A request about identity the gateway refuses; the kind decides the answer's status. */
public final class IdentityRefused extends RuntimeException {

    /** Why it was refused. */
    public enum Kind { BAD_CREDENTIALS, BAD_CLIENT, BAD_REFRESH_TOKEN, USERNAME_TAKEN, UNKNOWN_USER }

    private final Kind kind;

    public IdentityRefused(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
