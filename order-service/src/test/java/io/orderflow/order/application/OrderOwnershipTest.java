package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderOwnershipTest {

    private static final Requester ALICE = Requester.customer("alice");
    private static final Requester BOB = Requester.customer("bob");
    private static final Requester OPS = Requester.staff("night-shift");

    private final SagaWorld world = new SagaWorld();
    private final FindOrder findOrder = new FindOrder(world.store);
    private final ListOrders listOrders = new ListOrders(world.store);

    @Test
    void twoCustomersUsingTheSameIdempotencyKeyPlaceTwoOrders() {
        PlaceOrder.Result alices = place(ALICE, "key-1");
        PlaceOrder.Result bobs = place(BOB, "key-1");

        assertThat(bobs.created()).isTrue();
        assertThat(bobs.order().id()).isNotEqualTo(alices.order().id());
        assertThat(place(ALICE, "key-1").order().id()).as("a retry joins the customer's own order")
                .isEqualTo(alices.order().id());
    }

    @Test
    void anotherCustomersOrderIsNotFoundWhileStaffSeeIt() {
        Order alices = place(ALICE, "key-2").order();

        assertThat(findOrder.byId(alices.id(), ALICE).id()).isEqualTo(alices.id());
        assertThatThrownBy(() -> findOrder.byId(alices.id(), BOB)).isInstanceOf(OrderNotFoundException.class);
        assertThat(findOrder.byId(alices.id(), OPS).id()).isEqualTo(alices.id());
    }

    @Test
    void aCustomerListsOnlyTheirOwnOrders() {
        place(ALICE, "key-3");
        place(BOB, "key-3");
        place(BOB, "key-4");

        assertThat(listOrders.page(ALICE, 0, 10).total()).isEqualTo(1);
        assertThat(listOrders.page(BOB, 0, 10).total()).isEqualTo(2);
        assertThat(listOrders.page(OPS, 0, 10).total()).isEqualTo(3);
    }

    @Test
    void anotherCustomerCannotCancelAnOrderAndNothingChanges() {
        Order alices = place(ALICE, "key-5").order();

        assertThatThrownBy(() -> world.cancelOrder.cancel(alices.id(), BOB))
                .isInstanceOf(OrderNotFoundException.class);

        assertThat(world.order(alices.id()).status()).isEqualTo(OrderStatus.FULFILLMENT_CREATED);
        assertThat(world.payments.state).isEqualTo(FakePayments.State.CAPTURED);
        assertThat(world.cancelOrder.cancel(alices.id(), OPS).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    private PlaceOrder.Result place(Requester customer, String key) {
        return world.placeOrder.place(new PlaceOrderCommand(customer.subject(), key, "fingerprint",
                List.of(new OrderLine(new Sku("MUG-1"), new Quantity(1))), "1 Main St", "tok", "EUR"));
    }
}
