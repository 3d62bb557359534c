package io.orderflow.relay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The relay as its own process, the role Debezium Server plays in a deployment. Configured by
 * environment variables (see {@link RelayConfig}); serves its state on {@code /health}.
 */
public final class OutboxRelayMain {

    private OutboxRelayMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        RelayConfig config = RelayConfig.fromEnvironment(System.getenv());
        OutboxRelay relay = OutboxRelay.start(config);
        HttpServer health = HttpServer.create(new InetSocketAddress("localhost", config.healthPort()), 0);
        health.createContext("/health", exchange -> {
            byte[] body = relay.statusJson().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(relay.allStreaming() ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        health.createContext("/metrics", relay.metrics().endpoint());
        health.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            health.stop(0);
            relay.close();
            stopped.countDown();
        }, "relay-shutdown"));
        String mode = config.mode().name().toLowerCase(Locale.ROOT);
        System.out.println("outbox relay (" + mode + " mode) started for " + config.databases() + ", health on :"
                + config.healthPort());
        stopped.await();
    }
}
