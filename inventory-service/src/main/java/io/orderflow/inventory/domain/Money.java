package io.orderflow.inventory.domain;

import java.util.regex.Pattern;

/** An amount in minor units (cents) of an ISO 4217 currency. */
public record Money(long amountMinor, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("an amount cannot be negative, got: " + amountMinor);
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, got: " + currency);
        }
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new MixedCurrenciesException(currency, other.currency);
        }
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }
}
