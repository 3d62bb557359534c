package io.orderflow.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderLogContextTest {

    @AfterEach
    void clear() {
        MDC.remove(OrderLogContext.KEY);
    }

    @Test
    void theOrderIdIsInTheLogContextOnlyWhileTheWorkRuns() {
        String seen = OrderLogContext.with("o-1", () -> (String) MDC.get("orderId"));

        assertThat(seen).isEqualTo("o-1");
        assertThat(MDC.get("orderId")).isNull();
    }

    @Test
    void nestedWorkOnAnotherOrderPutsTheOuterOrderBack() {
        OrderLogContext.run("outer", () -> {
            OrderLogContext.run("inner", () -> assertThat(MDC.get("orderId")).isEqualTo("inner"));
            assertThat(MDC.get("orderId")).isEqualTo("outer");
        });
    }

    @Test
    void theOrderIdIsRemovedWhenTheWorkFails() {
        assertThatThrownBy(() -> OrderLogContext.run("o-2", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(MDC.get("orderId")).isNull();
    }
}
