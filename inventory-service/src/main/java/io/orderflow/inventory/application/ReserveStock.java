package io.orderflow.inventory.application;

import io.orderflow.inventory.config.ReservationConfig;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.ReservationLine;
import io.orderflow.inventory.domain.RequestedLine;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockBucket;
import io.orderflow.inventory.domain.StockItem;
import io.orderflow.inventory.domain.StockMove;
import io.orderflow.inventory.domain.StockReserved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Use case: hold stock for all lines of an order, or for none; once per order. */
@ApplicationScoped
public class ReserveStock {

    private static final Logger LOG = Logger.getLogger(ReserveStock.class);

    private final OrderLocks orderLocks;
    private final CancelledOrders cancelledOrders;
    private final ReservationRepository reservations;
    private final SkuCatalogue catalogue;
    private final StockLedger ledger;
    private final InventoryEvents events;
    private final ReservationConfig config;
    private final Clock clock;

    public ReserveStock(OrderLocks orderLocks, CancelledOrders cancelledOrders, ReservationRepository reservations,
                        SkuCatalogue catalogue, StockLedger ledger, InventoryEvents events, ReservationConfig config,
                        Clock clock) {
        this.orderLocks = orderLocks;
        this.cancelledOrders = cancelledOrders;
        this.reservations = reservations;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** The order's reservation and whether this call created it or found an earlier one. */
    public record Result(Reservation reservation, boolean created) {
    }

    @Transactional
    public Result reserve(ReserveStockCommand command) {
        // Serialised with ReleaseCancelledOrder for the same order; the fence wins even over a retry.
        orderLocks.lockUntilCommit(command.orderId());
        if (cancelledOrders.contains(command.orderId())) {
            throw new OrderCancelledException(command.orderId());
        }
        var earlier = reservations.findByOrder(command.orderId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), command);
        }
        Reservation reservation = Reservation.hold(ReservationId.newId(), command.orderId(), priced(command.lines()),
                clock.instant(), config.ttl());
        if (!reservations.addIfOrderHasNone(reservation)) {
            // A concurrent request for the same order committed first: answer as a retry of it would be answered.
            return replay(reservations.findByOrder(command.orderId()).orElseThrow(), command);
        }
        for (StockMove move : StockMove.mergedInSkuOrder(reservation.stockToTake())) {
            if (!ledger.apply(move)) {
                // Thrown out of the transaction, so the lines already taken are put back by the rollback.
                int available = ledger.unitsIn(move.sku(), StockBucket.ON_HAND);
                throw new OutOfStockException(move.sku(), move.units(), available);
            }
        }
        events.publish(StockReserved.of(reservation));
        LOG.info("reservation " + reservation.id() + " holds stock for order " + reservation.orderId() + " until "
                + reservation.expiresAt());
        return new Result(reservation, true);
    }

    private static Result replay(Reservation existing, ReserveStockCommand command) {
        if (!existing.linesFingerprint().equals(command.linesFingerprint())) {
            throw new OrderReservedWithOtherLinesException(existing);
        }
        return new Result(existing, false);
    }

    /** Prices every line from the catalogue as it is now. */
    private List<ReservationLine> priced(List<RequestedLine> lines) {
        List<Sku> skus = lines.stream().map(RequestedLine::sku).toList();
        Map<Sku, StockItem> items = catalogue.findAll(skus).stream()
                .collect(Collectors.toMap(StockItem::sku, Function.identity()));
        List<Sku> unknown = skus.stream().filter(sku -> !items.containsKey(sku)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSkusException(unknown);
        }
        return lines.stream()
                .map(l -> new ReservationLine(l.sku(), l.quantity(), items.get(l.sku()).unitPrice()))
                .toList();
    }
}
