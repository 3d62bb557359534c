package io.orderflow.stack.bench.load;

import io.orderflow.stack.bench.GatewayLogin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Customers registered for the run, handed out in turn. Each one's access token is renewed with its refresh token
 * when 60 % of its lifetime has passed, as a well-behaved client would, so a run may last longer than a token.
 */
final class Customers implements AutoCloseable {

    private final GatewayLogin login;
    private final List<AtomicReference<GatewayLogin.Session>> sessions = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresher");
        t.setDaemon(true);
        return t;
    });

    private Customers(GatewayLogin login) {
        this.login = login;
    }

    static Customers register(GatewayLogin login, int count) throws IOException, InterruptedException {
        Customers customers = new Customers(login);
        for (int i = 0; i < count; i++) {
            AtomicReference<GatewayLogin.Session> session = new AtomicReference<>(login.newCustomerSession());
            customers.sessions.add(session);
            customers.scheduleRefresh(session);
        }
        return customers;
    }

    /** The access token of the next customer in turn. */
    String nextToken() {
        return sessions.get(Math.floorMod(turn.getAndIncrement(), sessions.size())).get().accessToken();
    }

    int refreshes() {
        return refreshes.get();
    }

    private void scheduleRefresh(AtomicReference<GatewayLogin.Session> session) {
        long delay = Math.max(1, session.get().expiresInSeconds() * 6 / 10);
        refresher.schedule(() -> refresh(session), delay, TimeUnit.SECONDS);
    }

    private void refresh(AtomicReference<GatewayLogin.Session> session) {
        try {
            session.set(login.refresh(session.get().refreshToken()));
            refreshes.incrementAndGet();
            scheduleRefresh(session);
        } catch (IOException | RuntimeException e) {
            System.err.println("load-test: token refresh failed (" + e.getMessage() + "); trying again in 5 s");
            refresher.schedule(() -> refresh(session), 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
