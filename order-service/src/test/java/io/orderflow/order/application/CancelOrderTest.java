package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderflow.order.application.Script.Answer;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.IllegalTransitionException;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import org.junit.jupiter.api.Test;

class CancelOrderTest {

    private final SagaWorld world = new SagaWorld();

    @Test
    void aCancelWhoseCompensationIsInDoubtStaysCancellingUntilRecoveryFinishesIt() {
        Order order = world.place();
        world.payments.cancelScript.answer = Answer.IN_DOUBT_LOST;

        Order answered = world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER);

        assertThat(answered.status()).isEqualTo(OrderStatus.CANCELLING);
        assertThat(world.payments.state).as("nothing refunded yet").isEqualTo(FakePayments.State.CAPTURED);
        world.payments.cancelScript.answer = Answer.DONE;
        world.recover();
        assertThat(world.order(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.payments.state).isEqualTo(FakePayments.State.REFUNDED);
        assertThat(world.inventory.state).isEqualTo(FakeInventory.State.RELEASED);
    }

    @Test
    void aRefundWithoutARestockIsNeverLeftAtRest() {
        Order order = world.place();
        world.inventory.cancelScript.answer = Answer.IN_DOUBT_LOST;

        assertThat(world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER).status()).isEqualTo(OrderStatus.CANCELLING);
        assertThat(world.payments.state).isEqualTo(FakePayments.State.REFUNDED);
        world.inventory.cancelScript.answer = Answer.DONE;
        world.recover();
        assertThat(world.order(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.inventory.state).isEqualTo(FakeInventory.State.RELEASED);
    }

    @Test
    void aDispatchedShipmentRefusesTheCancelAndTheOrderStaysAsItWas() {
        Order order = world.place();
        world.payments.dispatched = true;

        assertThatThrownBy(() -> world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER))
                .isInstanceOf(ShipmentDispatchedException.class).hasMessageContaining("dispatched");

        assertThat(world.order(order.id()).status()).isEqualTo(OrderStatus.FULFILLMENT_CREATED);
        assertThat(world.inventory.state).as("shipped stock is not restocked").isEqualTo(FakeInventory.State.CONFIRMED);
        assertThat(world.payments.state).isEqualTo(FakePayments.State.CAPTURED);
        assertThat(world.eventTypes()).doesNotContain("OrderCancelled");
    }

    @Test
    void aCompensationThatKeepsFailingIsFlaggedAndAnOperatorCancelFinishesIt() {
        Order order = world.place();
        world.payments.cancelScript.answer = Answer.IN_DOUBT_LOST;
        world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER);
        world.recover();
        assertThat(world.store.needsAttention(order.id())).isTrue();
        assertThat(world.ledger.needingAttention()).extracting(RecoveryQueue.Attention::orderId)
                .containsExactly(order.id());

        world.payments.cancelScript.answer = Answer.DONE;
        Order cancelled = world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.ledger.needingAttention()).as("only unfinished orders need attention").isEmpty();
    }

    @Test
    void cancellingTwiceChangesNothingMoreAndAFailedOrderCannotBeCancelled() {
        Order order = world.place();
        world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER);
        assertThat(world.cancelOrder.cancel(order.id(), SagaWorld.CUSTOMER).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.eventTypes()).containsOnlyOnce("OrderCancelled");

        SagaWorld declined = new SagaWorld();
        declined.payments.payScript.answer = Answer.REFUSED;
        Order failed = declined.place();
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThatThrownBy(() -> declined.cancelOrder.cancel(failed.id(), SagaWorld.CUSTOMER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aProviderThatKeepsFailingEndsTheOrderFailedWithItsStockReleased() {
        world.payments.providerKeepsFailing = true;

        Order order = world.place();

        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failureCode()).isEqualTo(FailureCode.PAYMENT_FAILED);
        assertThat(world.inventory.state).isEqualTo(FakeInventory.State.RELEASED);
    }
}
