package io.orderflow.payment.domain;

import java.util.regex.Pattern;

/** An amount in minor units (cents) of an ISO 4217 currency; never a floating-point number. */
public record Money(long amountMinor, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("amount must not be negative, got: " + amountMinor);
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, got: " + currency);
        }
    }
}
