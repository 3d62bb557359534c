package io.orderflow.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** One Quarkus service of the platform: its module, port, database and environment prefix. */
public record ServiceSpec(String name, String module, String portName, String envPrefix, String database) {

    public static final ServiceSpec ORDER = orderCopy(1);
    /** A second copy of order-service on the same database, to show that copies never share an order. */
    public static final ServiceSpec ORDER_2 = orderCopy(2);
    public static final ServiceSpec INVENTORY =
            new ServiceSpec("inventory-service", "inventory-service", "inventory", "INVENTORY", "inventory");
    public static final ServiceSpec PAYMENT = new ServiceSpec("payment-fulfillment-service",
            "payment-fulfillment-service", "payment", "PAYMENT", "payments");
    public static final ServiceSpec GATEWAY = new ServiceSpec("api-gateway", "api-gateway", "gateway", "GATEWAY",
            "gateway");

    /** Start order: the gateway last, so it only routes to services that are up. */
    public static final List<ServiceSpec> ALL = List.of(INVENTORY, PAYMENT, ORDER, GATEWAY);

    /** The services to start for a configuration. */
    public static List<ServiceSpec> started(StackConfig config) {
        List<ServiceSpec> services = new ArrayList<>(List.of(INVENTORY, PAYMENT));
        services.addAll(orderCopies(config.orderReplicas()));
        services.add(GATEWAY);
        return List.copyOf(services);
    }

    /** The first {@code count} copies of order-service. */
    public static List<ServiceSpec> orderCopies(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(ServiceSpec::orderCopy).toList();
    }

    /** Copy n of order-service: the first is order-service on port order, the others -n on order-n. */
    static ServiceSpec orderCopy(int n) {
        return n == 1 ? new ServiceSpec("order-service", "order-service", "order", "ORDER", "orders")
                : new ServiceSpec("order-service-" + n, "order-service", "order-" + n, "ORDER", "orders");
    }

    /** Databases whose outbox the relay publishes. */
    public static final List<String> RELAYED_DATABASES = List.of("orders", "inventory", "payments");
}
