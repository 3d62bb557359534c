package io.orderflow.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Routes and limits of the gateway. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Route name to route; a request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    /** How long the gateway waits for a backend's reply before it answers 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Largest request body the gateway passes on, in bytes; a larger one is a 413. */
    @WithDefault("1048576")
    int maxBodySize();

    /** One path prefix and the service behind it: one URL, or several copies (comma-separated) taken in turn. */
    interface Route {
        String prefix();

        List<URI> target();
    }
}
