package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.order.application.FakeInventory.State;
import io.orderflow.order.application.Script.Answer;
import io.orderflow.order.domain.IllegalTransitionException;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every saga step x every participant answer x a cancel arriving never, just before the call (recorded,
 * not yet compensated), during it (compensated before the participant applies the step), right after the
 * participant applied it, or after the step was recorded. After the scripted run every participant works
 * again and recovery runs; each row names the final state of all three services.
 */
class OrderSagaDecisionTableTest {

    enum Step { RESERVE, PAY, CONFIRM }

    enum Cancel { NONE, BEFORE, DURING, DURING_APPLIED, AFTER }

    @ParameterizedTest(name = "{0} answered {1}, cancel {2} -> order {3}, S2 {4}, S3 {5}")
    @CsvSource({
            // step, answer, cancel, order, S2 reservation, S3 payment
            "RESERVE, DONE,             NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "RESERVE, REFUSED,          NONE,           FAILED,              NONE,      NONE",
            "RESERVE, IN_DOUBT_APPLIED, NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "RESERVE, IN_DOUBT_LOST,    NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "RESERVE, DONE,             BEFORE,         CANCELLED,           RELEASED,  NONE",
            "RESERVE, REFUSED,          BEFORE,         CANCELLED,           NONE,      NONE",
            "RESERVE, IN_DOUBT_APPLIED, BEFORE,         CANCELLED,           RELEASED,  NONE",
            "RESERVE, IN_DOUBT_LOST,    BEFORE,         CANCELLED,           NONE,      NONE",
            "RESERVE, DONE,             DURING,         CANCELLED,           NONE,      NONE",
            "RESERVE, REFUSED,          DURING,         CANCELLED,           NONE,      NONE",
            "RESERVE, IN_DOUBT_APPLIED, DURING,         CANCELLED,           NONE,      NONE",
            "RESERVE, IN_DOUBT_LOST,    DURING,         CANCELLED,           NONE,      NONE",
            "RESERVE, DONE,             DURING_APPLIED, CANCELLED,           RELEASED,  NONE",
            "RESERVE, REFUSED,          DURING_APPLIED, CANCELLED,           NONE,      NONE",
            "RESERVE, IN_DOUBT_APPLIED, DURING_APPLIED, CANCELLED,           RELEASED,  NONE",
            "RESERVE, IN_DOUBT_LOST,    DURING_APPLIED, CANCELLED,           NONE,      NONE",
            "RESERVE, DONE,             AFTER,          CANCELLED,           RELEASED,  NONE",
            "RESERVE, REFUSED,          AFTER,          FAILED,              NONE,      NONE",
            "RESERVE, IN_DOUBT_APPLIED, AFTER,          CANCELLED,           RELEASED,  NONE",
            "RESERVE, IN_DOUBT_LOST,    AFTER,          CANCELLED,           NONE,      NONE",

            "PAY,     DONE,             NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "PAY,     REFUSED,          NONE,           FAILED,              RELEASED,  DECLINED",
            "PAY,     IN_DOUBT_APPLIED, NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "PAY,     IN_DOUBT_LOST,    NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "PAY,     DONE,             BEFORE,         CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     REFUSED,          BEFORE,         CANCELLED,           RELEASED,  DECLINED",
            "PAY,     IN_DOUBT_APPLIED, BEFORE,         CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     IN_DOUBT_LOST,    BEFORE,         CANCELLED,           RELEASED,  NONE",
            "PAY,     DONE,             DURING,         CANCELLED,           RELEASED,  NONE",
            "PAY,     REFUSED,          DURING,         CANCELLED,           RELEASED,  NONE",
            "PAY,     IN_DOUBT_APPLIED, DURING,         CANCELLED,           RELEASED,  NONE",
            "PAY,     IN_DOUBT_LOST,    DURING,         CANCELLED,           RELEASED,  NONE",
            "PAY,     DONE,             DURING_APPLIED, CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     REFUSED,          DURING_APPLIED, CANCELLED,           RELEASED,  DECLINED",
            "PAY,     IN_DOUBT_APPLIED, DURING_APPLIED, CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     IN_DOUBT_LOST,    DURING_APPLIED, CANCELLED,           RELEASED,  NONE",
            "PAY,     DONE,             AFTER,          CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     REFUSED,          AFTER,          FAILED,              RELEASED,  DECLINED",
            "PAY,     IN_DOUBT_APPLIED, AFTER,          CANCELLED,           RELEASED,  REFUNDED",
            "PAY,     IN_DOUBT_LOST,    AFTER,          CANCELLED,           RELEASED,  NONE",

            "CONFIRM, DONE,             NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "CONFIRM, REFUSED,          NONE,           FAILED,              EXPIRED,   REFUNDED",
            "CONFIRM, IN_DOUBT_APPLIED, NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "CONFIRM, IN_DOUBT_LOST,    NONE,           FULFILLMENT_CREATED, CONFIRMED, CAPTURED",
            "CONFIRM, DONE,             BEFORE,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, REFUSED,          BEFORE,         CANCELLED,           EXPIRED,   REFUNDED",
            "CONFIRM, IN_DOUBT_APPLIED, BEFORE,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, IN_DOUBT_LOST,    BEFORE,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, DONE,             DURING,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, REFUSED,          DURING,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, IN_DOUBT_APPLIED, DURING,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, IN_DOUBT_LOST,    DURING,         CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, DONE,             DURING_APPLIED, CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, REFUSED,          DURING_APPLIED, CANCELLED,           EXPIRED,   REFUNDED",
            "CONFIRM, IN_DOUBT_APPLIED, DURING_APPLIED, CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, IN_DOUBT_LOST,    DURING_APPLIED, CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, DONE,             AFTER,          CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, REFUSED,          AFTER,          FAILED,              EXPIRED,   REFUNDED",
            "CONFIRM, IN_DOUBT_APPLIED, AFTER,          CANCELLED,           RELEASED,  REFUNDED",
            "CONFIRM, IN_DOUBT_LOST,    AFTER,          CANCELLED,           RELEASED,  REFUNDED",
    })
    void eachStepAnswerAndCancelEndsInOneConsistentState(Step step, Answer answer, Cancel cancel,
                                                        OrderStatus expectedOrder, State expectedReservation,
                                                        FakePayments.State expectedPayment) {
        SagaWorld world = new SagaWorld();
        Script script = script(world, step);
        script.answer = answer;
        if (cancel != Cancel.NONE) {
            // Later steps get no answer in the scripted run, so the order stops right after the step under test.
            laterSteps(world, step).forEach(s -> s.answer = Answer.IN_DOUBT_LOST);
        }
        switch (cancel) {
            case BEFORE -> script.beforeApply = () -> world.ledger.requestCancel(world.theOrder());
            case DURING -> script.beforeApply = () -> world.cancelOrder.cancel(world.theOrder(), SagaWorld.CUSTOMER);
            case DURING_APPLIED -> script.afterApply = () -> world.cancelOrder.cancel(world.theOrder(), SagaWorld.CUSTOMER);
            default -> { }
        }

        OrderId id = world.place().id();
        if (cancel == Cancel.AFTER) {
            cancelUnlessFailed(world, id);
        }
        allStepsWork(world);
        world.recover();

        assertThat(world.order(id).status()).as("order").isEqualTo(expectedOrder);
        assertThat(world.inventory.state).as("S2 reservation").isEqualTo(expectedReservation);
        assertThat(world.payments.state).as("S3 payment").isEqualTo(expectedPayment);
        assertThat(world.metrics.ended).as("the final status, counted once").endsWith(expectedOrder)
                .containsOnlyOnce(expectedOrder);
        if (expectedOrder == OrderStatus.CANCELLED) {
            assertThat(world.inventory.fenced).as("S2 refuses late reservations").isTrue();
            assertThat(world.payments.fenced).as("S3 refuses late payments").isTrue();
            assertThat(world.eventTypes()).containsOnlyOnce("OrderCancelled").doesNotContain("OrderFailed");
        }
    }

    private static void cancelUnlessFailed(SagaWorld world, OrderId id) {
        try {
            world.cancelOrder.cancel(id, SagaWorld.CUSTOMER);
        } catch (IllegalTransitionException e) {
            assertThat(world.order(id).status()).isEqualTo(OrderStatus.FAILED);
        }
    }

    private static void allStepsWork(SagaWorld world) {
        for (Step step : Step.values()) {
            script(world, step).answer = Answer.DONE;
        }
    }

    private static Script script(SagaWorld world, Step step) {
        return switch (step) {
            case RESERVE -> world.inventory.reserveScript;
            case PAY -> world.payments.payScript;
            case CONFIRM -> world.inventory.confirmScript;
        };
    }

    private static java.util.List<Script> laterSteps(SagaWorld world, Step step) {
        return java.util.Arrays.stream(Step.values()).filter(s -> s.ordinal() > step.ordinal())
                .map(s -> script(world, s)).toList();
    }
}
