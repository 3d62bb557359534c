package io.orderflow.order.adapter.out.rest;

import io.orderflow.order.application.CancellationOutcome;
import io.orderflow.order.application.Inventory;
import io.orderflow.order.application.ParticipantUnavailableException;
import io.orderflow.order.application.ReservationOutcome;
import io.orderflow.order.application.StepOutcome;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.faults.FaultInjector;
import io.orderflow.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The inventory port over HTTP: status codes become outcomes, missing answers become in-doubt. */
@ApplicationScoped
public class RestInventory implements Inventory {

    private final InventoryClient client;
    private final FaultInjector faults;

    public RestInventory(@RestClient InventoryClient client, FaultInjector faults) {
        this.client = client;
        this.faults = faults;
    }

    @Override
    public List<CatalogueEntry> lookup(Collection<Sku> skus) {
        try (Response response = client.lookup(skus.stream().map(Sku::value).toList())) {
            if (response.getStatus() != 200) {
                throw new ParticipantUnavailableException("inventory-service answered " + Answers.detail(response));
            }
            return Answers.list(response, new GenericType<List<InventoryClient.SkuDto>>() { }).stream()
                    .map(s -> new CatalogueEntry(new Sku(s.sku()), s.currency(), s.unitPriceMinor()))
                    .toList();
        } catch (jakarta.ws.rs.ProcessingException | org.eclipse.microprofile.faulttolerance.exceptions
                .CircuitBreakerOpenException e) {
            throw new ParticipantUnavailableException("inventory-service did not answer: " + Answers.cause(e));
        }
    }

    @Override
    public ReservationOutcome reserve(OrderId order, List<OrderLine> lines, String idempotencyKey) {
        var request = new InventoryClient.ReserveRequest(order.value(), lines.stream()
                .map(l -> new InventoryClient.ReserveRequest.Line(l.sku().value(), l.quantity().value())).toList());
        try (Response response = client.reserve(idempotencyKey, request)) {
            int status = response.getStatus();
            if (status == 200 || status == 201) {
                faults.at("order.reserve-answered-before-record");
                return reserved(response.readEntity(InventoryClient.ReservationDto.class));
            }
            if (Answers.noBusinessAnswer(response)) {
                return new ReservationOutcome.InDoubt("inventory-service answered " + status);
            }
            Answers.ProblemAnswer problem = Answers.problem(response);
            if (problem.is(ProblemType.OUT_OF_STOCK)) {
                return new ReservationOutcome.OutOfStock(problem.detail());
            }
            return problem.is(ProblemType.ORDER_CANCELLED) ? new ReservationOutcome.OrderCancelled(problem.detail())
                    : new ReservationOutcome.Rejected(problem.detail());
        } catch (RuntimeException e) {
            return new ReservationOutcome.InDoubt(Answers.cause(e));
        }
    }

    @Override
    public ReservationOutcome findReservation(OrderId order) {
        try (Response response = client.findByOrder(order.value())) {
            if (response.getStatus() != 200) {
                return new ReservationOutcome.InDoubt("inventory-service answered " + response.getStatus());
            }
            List<InventoryClient.ReservationDto> found =
                    Answers.list(response, new GenericType<List<InventoryClient.ReservationDto>>() { });
            return found.isEmpty() ? new ReservationOutcome.Absent() : reserved(found.get(0));
        } catch (RuntimeException e) {
            return new ReservationOutcome.InDoubt(Answers.cause(e));
        }
    }

    @Override
    public StepOutcome confirm(UUID reservationId) {
        return Answers.step("inventory-service", () -> client.confirm(reservationId));
    }

    @Override
    public StepOutcome release(UUID reservationId) {
        return Answers.step("inventory-service", () -> client.release(reservationId));
    }

    @Override
    public CancellationOutcome cancelOrder(OrderId order) {
        return Answers.cancellation("inventory-service",
                () -> client.cancelOrder(new InventoryClient.OrderRef(order.value())));
    }

    private static ReservationOutcome reserved(InventoryClient.ReservationDto dto) {
        ReservationOutcome.Status status;
        try {
            status = ReservationOutcome.Status.valueOf(dto.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new ReservationOutcome.InDoubt("reservation " + dto.id() + " has a status this service does not "
                    + "know: " + dto.status());
        }
        return new ReservationOutcome.Reserved(dto.id(), status, dto.lines().stream()
                .map(l -> new PricedLine(new Sku(l.sku()), new Quantity(l.quantity()), l.unitPriceMinor()))
                .toList());
    }
}
