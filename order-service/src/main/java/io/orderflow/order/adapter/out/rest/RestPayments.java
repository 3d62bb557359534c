package io.orderflow.order.adapter.out.rest;

import io.orderflow.order.application.CancellationOutcome;
import io.orderflow.order.application.PaymentOutcome;
import io.orderflow.order.application.Payments;
import io.orderflow.order.application.StepOutcome;
import io.orderflow.order.domain.Money;
import io.orderflow.order.domain.OrderId;
import io.orderflow.faults.FaultInjector;
import io.orderflow.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The payments port over HTTP: status codes become outcomes, missing answers become in-doubt. */
@ApplicationScoped
public class RestPayments implements Payments {

    private final PaymentClient client;
    private final FaultInjector faults;

    public RestPayments(@RestClient PaymentClient client, FaultInjector faults) {
        this.client = client;
        this.faults = faults;
    }

    @Override
    public PaymentOutcome pay(OrderId order, UUID reservationId, Money amount, String paymentToken,
                              String shippingAddress, String idempotencyKey) {
        var request = new PaymentClient.PayRequest(order.value(), reservationId, amount.amountMinor(),
                amount.currency(), paymentToken, shippingAddress);
        try (Response response = client.pay(idempotencyKey, request)) {
            int status = response.getStatus();
            if (status == 200 || status == 201) {
                faults.at("order.pay-answered-before-record");
                return outcome(response.readEntity(PaymentClient.PaymentDto.class));
            }
            if (Answers.noBusinessAnswer(response)) {
                return new PaymentOutcome.InDoubt("payment-fulfillment-service answered " + status);
            }
            Answers.ProblemAnswer problem = Answers.problem(response);
            if (problem.is(ProblemType.PAYMENT_DECLINED)) {
                return new PaymentOutcome.Declined(problem.detail());
            }
            if (problem.is(ProblemType.PAYMENT_FAILED)) {
                return new PaymentOutcome.Voided(problem.detail());
            }
            return problem.is(ProblemType.ORDER_CANCELLED) ? new PaymentOutcome.OrderCancelled(problem.detail())
                    : new PaymentOutcome.Rejected(problem.detail());
        } catch (RuntimeException e) {
            return new PaymentOutcome.InDoubt(Answers.cause(e));
        }
    }

    @Override
    public PaymentOutcome findPayment(OrderId order) {
        try (Response response = client.findByOrder(order.value())) {
            if (response.getStatus() != 200) {
                return new PaymentOutcome.InDoubt("payment-fulfillment-service answered " + response.getStatus());
            }
            List<PaymentClient.PaymentDto> found =
                    Answers.list(response, new GenericType<List<PaymentClient.PaymentDto>>() { });
            return found.isEmpty() ? new PaymentOutcome.Absent() : outcome(found.get(0));
        } catch (RuntimeException e) {
            return new PaymentOutcome.InDoubt(Answers.cause(e));
        }
    }

    @Override
    public StepOutcome refund(UUID paymentId) {
        return Answers.step("payment-fulfillment-service", () -> client.refund(paymentId));
    }

    @Override
    public CancellationOutcome cancelOrder(OrderId order) {
        return Answers.cancellation("payment-fulfillment-service",
                () -> client.cancelOrder(new InventoryClient.OrderRef(order.value())));
    }

    private static PaymentOutcome outcome(PaymentClient.PaymentDto payment) {
        return switch (payment.status()) {
            case CAPTURED -> new PaymentOutcome.Captured(payment.id(), payment.fulfillmentId());
            case DECLINED -> new PaymentOutcome.Declined(payment.declineReason());
            case VOIDED -> new PaymentOutcome.Voided(payment.failureReason());
            case REFUNDED -> new PaymentOutcome.Refunded(payment.id());
            case PENDING -> new PaymentOutcome.InDoubt("payment " + payment.id() + " is PENDING at S3");
        };
    }
}
