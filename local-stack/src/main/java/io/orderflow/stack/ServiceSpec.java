package io.orderflow.stack;

import java.util.List;

/** One Quarkus service of the platform: its module, port, database and environment prefix. */
public record ServiceSpec(String name, String module, String portName, String envPrefix, String database) {

    public static final ServiceSpec ORDER = new ServiceSpec("order-service", "order-service", "order", "ORDER", "orders");
    /** A second copy of order-service on the same database, to show that copies never share an order. */
    public static final ServiceSpec ORDER_2 =
            new ServiceSpec("order-service-2", "order-service", "order-2", "ORDER", "orders");
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
        return config.orderReplicas() > 1 ? List.of(INVENTORY, PAYMENT, ORDER, ORDER_2, GATEWAY) : ALL;
    }

    /** Databases whose outbox the relay publishes. */
    public static final List<String> RELAYED_DATABASES = List.of("orders", "inventory", "payments");
}
