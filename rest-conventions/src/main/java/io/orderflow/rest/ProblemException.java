package io.orderflow.rest;

/** Thrown by REST adapters to answer with a problem+json response of a known type. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
