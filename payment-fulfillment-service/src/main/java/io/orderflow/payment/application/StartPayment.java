package io.orderflow.payment.application;

import io.orderflow.payment.application.PaymentRepository.IdempotentRequest;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transaction 1 of a payment: find the payment this idempotency key made, or record a new PENDING one.
 * It commits before the provider is called, so a charge made just before a crash can be found later.
 */
@ApplicationScoped
public class StartPayment {

    private final PaymentRepository payments;
    private final OrderLock orderLock;
    private final CancelledOrders cancelledOrders;
    private final Clock clock;

    public StartPayment(PaymentRepository payments, OrderLock orderLock, CancelledOrders cancelledOrders,
                        Clock clock) {
        this.payments = payments;
        this.orderLock = orderLock;
        this.cancelledOrders = cancelledOrders;
        this.clock = clock;
    }

    /** The payment for the request and whether this call recorded it. */
    public record Started(Payment payment, boolean created) {
    }

    /**
     * @throws OrderCancelledException   the order was cancelled; nothing is recorded and nothing charged
     * @throws DuplicatePaymentException when a concurrent request recorded it first; calling again resolves it
     */
    @Transactional
    public Started start(MakePaymentCommand command) {
        UUID orderId = command.details().orderId();
        // Under the order's lock a cancellation either committed before (seen here) or waits for this commit.
        orderLock.lockForTransaction(orderId);
        if (cancelledOrders.contains(orderId)) {
            throw OrderCancelledException.noPayment(orderId);
        }
        List<IdempotentRequest> earlier = payments.findByIdempotencyKeyOrOrder(command.idempotencyKey(), orderId);
        Optional<IdempotentRequest> sameKey = earlier.stream()
                .filter(request -> request.payment().idempotencyKey().equals(command.idempotencyKey()))
                .findFirst();
        if (sameKey.isPresent()) {
            if (!sameKey.get().requestFingerprint().equals(command.requestFingerprint())) {
                throw new IdempotencyKeyReusedException(command.idempotencyKey());
            }
            return new Started(sameKey.get().payment(), false);
        }
        if (!earlier.isEmpty()) {
            throw PaymentConflictException.orderAlreadyHasPayment(orderId);
        }
        Payment payment = Payment.start(PaymentId.newId(), command.details(), command.idempotencyKey(),
                clock.instant());
        payments.add(payment, command.requestFingerprint());
        return new Started(payment, true);
    }
}
