package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.order.application.Script.Answer;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import org.junit.jupiter.api.Test;

class RefundRefusedTest {

    @Test
    void anExpiredReservationWhoseShipmentAlreadyLeftIsFlaggedForAPersonNotFailedAsRefunded() {
        SagaWorld world = new SagaWorld();
        world.inventory.confirmScript.answer = Answer.REFUSED;
        world.payments.dispatched = true;

        Order order = world.place();
        world.recover();

        assertThat(world.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(world.payments.state).as("nothing was refunded").isEqualTo(FakePayments.State.CAPTURED);
        assertThat(world.eventTypes()).doesNotContain("OrderFailed");
        assertThat(world.ledger.needingAttention()).extracting(RecoveryQueue.Attention::lastError)
                .singleElement().asString().contains("refund was refused");
    }
}
