package io.orderflow.inventory.domain;

/** Amounts in different currencies were to be added up; one reservation is priced in one currency. */
public class MixedCurrenciesException extends RuntimeException {

    public MixedCurrenciesException(String one, String other) {
        super("lines are priced in different currencies (" + one + " and " + other
                + "); reserve them in separate orders");
    }
}
