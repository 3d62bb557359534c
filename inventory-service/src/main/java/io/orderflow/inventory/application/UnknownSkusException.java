package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;
import java.util.Collection;
import java.util.stream.Collectors;

/** A reservation asked for SKUs the catalogue does not have. */
public class UnknownSkusException extends RuntimeException {

    public UnknownSkusException(Collection<Sku> skus) {
        super("unknown SKU: " + skus.stream().sorted().map(Sku::value).collect(Collectors.joining(", ")));
    }
}
