package io.orderflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stack's command line: how many order-service copies run, and which of them the gateway routes to. */
class StackConfigTest {

    private final Path root = Path.of("/tmp/orderflow-root");

    @Test
    void byDefaultOneOrderServiceRunsBehindTheGateway() {
        StackConfig config = StackConfig.parse(root, new String[0], Map.of());

        assertThat(ServiceSpec.started(config)).extracting(ServiceSpec::name).containsExactly("inventory-service",
                "payment-fulfillment-service", "order-service", "api-gateway");
        assertThat(config.gatewayOrderCopies()).isEqualTo(1);
    }

    @Test
    void orderServicesRunsThatManyCopiesOnTheirOwnPortsAllBehindTheGateway() {
        StackConfig config = StackConfig.parse(root, new String[] {"--order-services=4"}, Map.of());

        assertThat(ServiceSpec.started(config)).extracting(ServiceSpec::name).containsExactly("inventory-service",
                "payment-fulfillment-service", "order-service", "order-service-2", "order-service-3",
                "order-service-4", "api-gateway");
        assertThat(ServiceSpec.orderCopies(4)).extracting(copy -> config.port(copy.portName()))
                .containsExactly(18081, 18085, 18086, 18087);
        assertThat(config.gatewayOrderCopies()).isEqualTo(4);
    }

    @Test
    void twoOrderServicesKeepsTheGatewayOnTheFirstCopy() {
        StackConfig config = StackConfig.parse(root, new String[] {"--two-order-services"}, Map.of());

        assertThat(config.orderReplicas()).isEqualTo(2);
        assertThat(config.gatewayOrderCopies()).isEqualTo(1);
    }

    @Test
    void aCopyCountOutsideOneToFourIsRefusedWithTheRange() {
        assertThatThrownBy(() -> StackConfig.parse(root, new String[] {"--order-services=5"}, Map.of()))
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> StackConfig.parse(root, new String[] {"--order-services=two"}, Map.of()))
                .hasMessageContaining("1 to 4");
    }
}
