package io.orderflow.order.adapter.in.kafka;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.orderflow.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

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

    static synchronized void startServer() {
        server = new GreenMail(setup);
        server.start();
    }

    static synchronized void stopServer() {
        if (server != null) {
            server.stop();
        }
    }
}
