package io.orderflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every metric name a Grafana panel ({@code deploy/grafana/dashboards}) or an alert rule
 * ({@code deploy/prometheus/alerts.yml}) queries exists in what the running stack serves: the four services'
 * {@code /q/metrics} and the relay's {@code /metrics}, after a few orders made the lazily created meters.
 */
class MonitoringNamesIT {

        /** Names Prometheus itself makes for every target. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private static final Pattern UUID_IN_LABEL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Path ROOT = Path.of(System.getProperty("orderflow.root", "..")).toAbsolutePath().normalize();
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan");

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void everyMetricADashboardOrAnAlertQueriesIsServed() throws IOException {
        String sku = platform.newSku(5, 700);
        String orderId = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve")
                .then().statusCode(201).extract().path("id");
        platform.asCustomer().get("/orders/" + orderId).then().statusCode(200);
        platform.asCustomer().get("/orders/" + orderId + "/no-such-thing").then().statusCode(404);
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_decline").then().statusCode(422);
        platform.placeOrder(UUID.randomUUID().toString(), sku, 50, "tok_approve").then().statusCode(422);
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_error");

        Set<String> served = new TreeSet<>();
        for (String service : List.of("gateway", "order", "inventory", "payment", "relay")) {
            String path = service.equals("relay") ? "/metrics" : "/q/metrics";
            String exposition = given().get(platform.stack.url(service) + path).then().statusCode(200)
                    .extract().asString();
            // Kept for a look at what each process serves (target/monitoring/<service>.txt).
            Files.createDirectories(Path.of("target", "monitoring"));
            Files.writeString(Path.of("target", "monitoring", service + ".txt"), exposition);
            served.addAll(sampleNames(exposition));
            assertThat(exposition.lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" # ")[0])
                    .filter(l -> UUID_IN_LABEL.matcher(l).find()).toList())
                    .as(service + ": no label carries an id (one series per order would never end)").isEmpty();
        }

        Map<String, Set<String>> used = usedNames();
        System.out.println("metric names queried by dashboards and alerts: " + used.keySet());
        assertThat(used).as("names found in dashboards and rules").containsKeys(
                "orderflow_saga_step_seconds_bucket", "orderflow_relay_oldest_unpublished_seconds",
                "http_server_requests_seconds_count");
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((name, where) -> {
            if (!served.contains(name) && !MADE_BY_PROMETHEUS.contains(name)) {
                missing.put(name, where);
            }
        });
        assertThat(missing).as("metric names queried but served by nobody (name -> where it is used)").isEmpty();
    }

    /** Every sample name of a Prometheus text exposition; a histogram also under its family name. */
    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            Matcher m = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(line);
            if (m.find()) {
                String name = m.group();
                names.add(name);
                for (String suffix : List.of("_bucket", "_count", "_sum")) {
                    if (name.endsWith(suffix)) {
                        names.add(name.substring(0, name.length() - suffix.length()));
                    }
                }
            }
        });
        return names;
    }

    /** Metric name -> the dashboards and rules that query it. */
    private static Map<String, Set<String>> usedNames() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode dashboard = json.readTree(file.toFile());
                List<String> exprs = new ArrayList<>();
                dashboard.findValues("expr").forEach(e -> exprs.add(e.asText()));
                dashboard.findValues("definition").forEach(d -> {
                    Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(d.asText());
                    if (m.find()) {
                        exprs.add(m.group(1));
                    }
                });
                assertThat(exprs).as(file + " has queries").isNotEmpty();
                exprs.forEach(e -> metricNames(e).forEach(n -> used.computeIfAbsent(n, k -> new TreeSet<>())
                        .add(file.getFileName().toString())));
            }
        }
        for (String expr : ruleExpressions(ROOT.resolve("deploy/prometheus/alerts.yml"))) {
            metricNames(expr).forEach(n -> used.computeIfAbsent(n, k -> new TreeSet<>()).add("alerts.yml"));
        }
        return used;
    }

    /** The {@code expr:} of every rule, folded ({@code >}) or literal ({@code |}) blocks included. */
    static List<String> ruleExpressions(Path rules) throws IOException {
        List<String> lines = Files.readAllLines(rules);
        List<String> exprs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.trim();
            if (!trimmed.startsWith("expr:")) {
                continue;
            }
            String rest = trimmed.substring("expr:".length()).trim();
            if (rest.startsWith(">") || rest.startsWith("|")) {
                int indent = line.indexOf("expr:");
                StringBuilder block = new StringBuilder();
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
                        || lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
                    block.append(' ').append(lines.get(++i).trim());
                }
                rest = block.toString();
            }
            exprs.add(rest);
        }
        return exprs;
    }

    /**
     * The metric names in a PromQL expression: identifiers that are not functions, keywords, label names or
     * values, grouping labels or durations.
     */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(bare);
        while (m.find()) {
            String word = m.group(1);
            if (m.group(2) == null && !PROMQL_WORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }
}
