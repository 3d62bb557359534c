package io.orderflow.gateway.proxy;

import io.orderflow.gateway.config.GatewayConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the backend for a request path: the route with the longest matching prefix. */
final class RouteTable {

    private final List<GatewayConfig.Route> routes;

    RouteTable(GatewayConfig config) {
        this.routes = config.routes().values().stream()
                .sorted(Comparator.comparingInt((GatewayConfig.Route r) -> r.prefix().length()).reversed())
                .toList();
    }

    Optional<GatewayConfig.Route> match(String path) {
        return routes.stream().filter(r -> matches(r.prefix(), path)).findFirst();
    }

    private static boolean matches(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    List<GatewayConfig.Route> all() {
        return routes;
    }
}
