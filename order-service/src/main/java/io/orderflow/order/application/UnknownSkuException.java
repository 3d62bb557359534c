package io.orderflow.order.application;

/** The order names a SKU the catalogue does not have, or prices it in another currency. */
public class UnknownSkuException extends RuntimeException {

    public UnknownSkuException(String message) {
        super(message);
    }
}
