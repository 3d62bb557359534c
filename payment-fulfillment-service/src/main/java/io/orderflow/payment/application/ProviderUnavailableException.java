package io.orderflow.payment.application;

/** The payment provider could not be reached or gave no usable answer; nothing was changed here. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message) {
        super(message);
    }

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
