package io.orderflow.stack.bench.load;

import io.orderflow.stack.bench.GatewayLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bin/capture-order-sql}: the SQL one completed order executes in every database of a running stack. Turns on
 * PostgreSQL's statement log, places exactly one order through the gateway, waits for the events it causes to be
 * consumed, turns the log off again and writes each database's statements, by transaction, to {@code <out>/<db>.txt}.
 * The pgbench scripts in {@code bench/pgbench/} are written from these.
 */
public final class OrderSqlCapture {

    private OrderSqlCapture() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CaptureOptions.parse(args);
        Path dataDir = Path.of(o.get("data-dir")).toAbsolutePath();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        GatewayLogin login = new GatewayLogin(http, o.get("gateway"));
        String admin = login.admin(dataDir.resolve("credentials.properties"));
        String sku = Catalogue.create(http, o.get("gateway"), admin, 1, 1000).get(0);
        String customer = login.newCustomerSession().accessToken();
        String marker = "orderflow-capture-" + UUID.randomUUID();
        String jdbc = "jdbc:postgresql://localhost:" + o.get("postgres-port") + "/postgres";
        String order;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET log_statement = 'all'");
            s.execute("ALTER SYSTEM SET log_line_prefix = '" + PostgresLog.LINE_PREFIX + "'");
            s.execute("SELECT pg_reload_conf()");
            Thread.sleep(1000); // every backend applies the reload before its next statement
            s.execute("SELECT 'begin " + marker + "'");
            try {
                order = placeOrder(http, o.get("gateway"), customer, sku);
                Thread.sleep(Long.parseLong(o.get("settle-seconds")) * 1000); // the consumers of its events
            } finally {
                s.execute("SELECT 'end " + marker + "'");
                s.execute("ALTER SYSTEM RESET log_statement");
                s.execute("ALTER SYSTEM RESET log_line_prefix");
                s.execute("SELECT pg_reload_conf()");
            }
        }
        List<String> lines = Files.readAllLines(dataDir.resolve("logs/postgres.log"), StandardCharsets.UTF_8);
        Map<String, List<PostgresLog.Statement>> byDatabase = PostgresLog.between(lines, "begin " + marker,
                "end " + marker);
        Path out = Path.of(o.get("out"));
        Files.createDirectories(out);
        byDatabase.forEach((db, statements) -> CapturedSql.write(out.resolve(db + ".txt"), db, order, statements));
        System.out.println("order " + order + ": statements by database written to " + out.toAbsolutePath());
        byDatabase.forEach((db, statements) -> System.out.println("  " + CapturedSql.summary(db, statements)));
    }

    private static String placeOrder(HttpClient http, String gateway, String token, String sku) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/orders")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"items":[{"sku":"%s","quantity":1}],"shippingAddress":"1 Capture Road",\
                        "paymentToken":"tok_approve","currency":"EUR"}""".formatted(sku))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the order answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }
}
