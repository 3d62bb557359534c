package io.orderflow.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Ways to tell that a process of the stack is ready. */
final class HealthChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HealthChecks() {
    }

    static BooleanSupplier http200(String url) {
        return () -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        };
    }

    static BooleanSupplier kafkaReady(String bootstrapServers, int port) {
        return () -> {
            if (!io.orderflow.infra.Ports.isListening(port)) {
                return false; // an admin client would log a warning per failed connection
            }
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            try (Admin admin = Admin.create(p)) {
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            } catch (Exception e) {
                return false;
            }
        };
    }
}
