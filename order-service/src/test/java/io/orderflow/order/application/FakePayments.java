package io.orderflow.order.application;

import io.orderflow.order.domain.Money;
import io.orderflow.order.domain.OrderId;
import java.util.UUID;

/** payment-fulfillment-service as a state machine for one order, answering each command as a test scripts it. */
final class FakePayments implements Payments {

    enum State { NONE, CAPTURED, DECLINED, VOIDED, REFUNDED }

    final Script payScript = new Script();
    final Script cancelScript = new Script();
    State state = State.NONE;
    boolean fenced;
    boolean dispatched;
    /** The provider keeps failing: S3 settles the payment as never charged (VOIDED). */
    boolean providerKeepsFailing;
    Money charged;
    private final UUID paymentId = UUID.randomUUID();
    private final UUID fulfillmentId = UUID.randomUUID();

    @Override
    public PaymentOutcome pay(OrderId order, UUID reservationId, Money amount, String paymentToken,
                              String shippingAddress, String idempotencyKey) {
        return payScript.run(
                () -> {
                    if (!fenced && state == State.NONE) {
                        state = payScript.answer == Script.Answer.REFUSED ? State.DECLINED
                                : providerKeepsFailing ? State.VOIDED : State.CAPTURED;
                        charged = amount;
                    }
                },
                () -> fenced && state == State.NONE ? new PaymentOutcome.OrderCancelled("order " + order
                        + " was cancelled") : found(),
                PaymentOutcome.InDoubt::new);
    }

    @Override
    public PaymentOutcome findPayment(OrderId order) {
        return found();
    }

    @Override
    public StepOutcome refund(UUID id) {
        if (dispatched) {
            return new StepOutcome.Refused("the shipment of payment " + id + " has left");
        }
        if (state == State.CAPTURED) {
            state = State.REFUNDED;
        }
        return new StepOutcome.Done();
    }

    @Override
    public CancellationOutcome cancelOrder(OrderId order) {
        if (dispatched) {
            return new CancellationOutcome.ShipmentDispatched("the shipment of order " + order + " has left");
        }
        return cancelScript.run(
                () -> {
                    fenced = true;
                    refund(paymentId);
                },
                CancellationOutcome.Compensated::new,
                CancellationOutcome.InDoubt::new);
    }

    private PaymentOutcome found() {
        return switch (state) {
            case NONE -> new PaymentOutcome.Absent();
            case CAPTURED -> new PaymentOutcome.Captured(paymentId, fulfillmentId);
            case DECLINED -> new PaymentOutcome.Declined("card declined");
            case VOIDED -> new PaymentOutcome.Voided("the provider failed 3 times; nothing was charged");
            case REFUNDED -> new PaymentOutcome.Refunded(paymentId);
        };
    }
}
