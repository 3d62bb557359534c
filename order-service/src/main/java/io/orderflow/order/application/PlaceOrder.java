package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: take an order and run its saga, once per idempotency key. A repeated request with the
 * same key and body joins the same order; with another body it is refused.
 */
@ApplicationScoped
public class PlaceOrder {

    private final OrderLedger ledger;
    private final OrderSaga saga;
    private final KnownSkus catalogue;

    public PlaceOrder(OrderLedger ledger, OrderSaga saga, KnownSkus catalogue) {
        this.ledger = ledger;
        this.saga = saga;
        this.catalogue = catalogue;
    }

    /** The order as far as its saga got, and whether this call created it. */
    public record Result(Order order, boolean created) {
    }

    public Result place(PlaceOrderCommand command) {
        Optional<OrderId> earlier = earlierOrder(command);
        if (earlier.isPresent()) {
            return new Result(saga.advance(earlier.get()), false);
        }
        checkCatalogue(command.lines(), command.currency());
        Order created;
        try {
            created = ledger.create(command, OrderId.newId());
        } catch (RuntimeException e) {
            // A concurrent request with the same key won the unique constraint: join its order.
            OrderId winner = earlierOrder(command).orElseThrow(() -> e);
            return new Result(saga.advance(winner), false);
        }
        return new Result(saga.advance(created), true);
    }

    private Optional<OrderId> earlierOrder(PlaceOrderCommand command) {
        return ledger.findByIdempotencyKey(command.customer(), command.idempotencyKey()).map(earlier -> {
            if (!earlier.requestFingerprint().equals(command.requestFingerprint())) {
                throw new IdempotencyKeyReusedException(command.idempotencyKey());
            }
            return earlier.orderId();
        });
    }

    /** Unknown SKUs and SKUs priced in another currency are bad input: refused before anything is stored. */
    private void checkCatalogue(List<OrderLine> lines, String currency) {
        List<Sku> skus = lines.stream().map(OrderLine::sku).toList();
        Map<Sku, Inventory.CatalogueEntry> known = catalogue.lookup(skus).stream()
                .collect(Collectors.toMap(Inventory.CatalogueEntry::sku, Function.identity()));
        List<String> unknown = skus.stream().filter(s -> !known.containsKey(s)).map(Sku::value).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSkuException("unknown SKU: " + String.join(", ", unknown));
        }
        for (Sku sku : skus) {
            String priced = known.get(sku).currency();
            if (!priced.equals(currency)) {
                throw new UnknownSkuException("SKU " + sku + " is priced in " + priced + ", not " + currency
                        + "; order it in " + priced);
            }
        }
    }
}
