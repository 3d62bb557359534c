package io.orderflow.fakeprovider;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The fake provider's HTTP server: a Stripe-like charges and refunds API whose outcome is chosen by the token. */
public final class FakePaymentProvider implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final Ledger ledger;

    private FakePaymentProvider(HttpServer server, ExecutorService executor, Ledger ledger) {
        this.server = server;
        this.executor = executor;
        this.ledger = ledger;
    }

    public static FakePaymentProvider start(ProviderSettings settings) {
        Ledger ledger = Ledger.open(settings.dataDir());
        Clock clock = Clock.systemUTC();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
            server.createContext("/v1/charges", new ChargesHandler(ledger, settings.slowChargeDelay(), clock));
            server.createContext("/v1/refunds", new RefundsHandler(ledger, clock));
            server.createContext("/health", exchange -> HttpIo.send(exchange, 200, Map.of("status", "UP")));
            server.createContext("/", exchange -> HttpIo.send(exchange, 404,
                    ErrorReply.of("invalid_request_error", "resource_missing", "no such endpoint")));
            // Slow charges hold their thread, so the pool must not be bounded by them.
            ExecutorService executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            server.start();
            return new FakePaymentProvider(server, executor, ledger);
        } catch (IOException e) {
            ledger.close();
            throw new UncheckedIOException("cannot listen on port " + settings.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        ledger.close();
    }
}
