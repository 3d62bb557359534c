package io.orderflow.order.application;

/** A service this request needs did not answer; nothing was changed. */
public class ParticipantUnavailableException extends RuntimeException {

    public ParticipantUnavailableException(String message) {
        super(message);
    }
}
