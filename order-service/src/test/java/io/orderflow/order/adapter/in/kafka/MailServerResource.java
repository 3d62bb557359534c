package io.orderflow.order.adapter.in.kafka;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.orderflow.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/** A real SMTP server (GreenMail) the service's mailer sends to; tests read what it received, stop and restart it. */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {

    private static ServerSetup setup;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        setup = new ServerSetup(Ports.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);
        startServer();
        return Map.of("quarkus.mailer.host", "localhost", "quarkus.mailer.port", Integer.toString(setup.getPort()));
    }

    @Override
    public void stop() {
        stopServer();
    }

    static synchronized GreenMail server() {
        return server;
    }

    /** Starts the server and returns once it accepts connections (a test may send right after a restart). */
    static synchronized void startServer() {
        server = new GreenMail(setup);
        server.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isListening(setup.getPort()));
    }

    static synchronized void stopServer() {
        if (server != null) {
            server.stop();
        }
    }
}
