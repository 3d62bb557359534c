package io.orderflow.stack.bench.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@code bin/load-test}: every option is {@code --name=value}; see {@link #DEFAULTS}. */
record LoadOptions(Map<String, String> values) {

    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("gateway", "http://localhost:18080");
        d.put("data-dir", ".stack-data");
        d.put("postgres-port", "15432");
        d.put("kafka-port", "19092");
        d.put("relay-port", "18090");
        d.put("outbox-events", "2000");
        d.put("outbox-rate", "500");
        d.put("rates", "10,25,50,100");
        d.put("open-seconds", "30");
        d.put("clients", "16,32");
        d.put("closed-seconds", "60");
        d.put("warmup-seconds", "15");
        d.put("warmup-rate", "10");
        d.put("profile", "off");
        d.put("idle-seconds", "10");
        d.put("customers", "20");
        d.put("skus", "50");
        d.put("max-in-flight", "1000");
        d.put("pgbench-seconds", "20");
        d.put("pgbench-clients", "8");
        d.put("pgbench-jobs", "2");
        d.put("scripts", "bench/pgbench");
        d.put("out", "target/load-test");
        return Map.copyOf(d);
    }

    static LoadOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : "";
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; options (--name=value): "
                        + DEFAULTS);
            }
            values.put(name, arg.substring(eq + 1));
        }
        return new LoadOptions(Map.copyOf(values));
    }

    String text(String name) {
        return values.get(name);
    }

    int number(String name) {
        return Integer.parseInt(values.get(name));
    }

    Path path(String name) {
        return Path.of(values.get(name)).toAbsolutePath().normalize();
    }

    /** A comma-separated list of numbers; empty for an empty value. */
    List<Integer> numbers(String name) {
        return Arrays.stream(values.get(name).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).toList();
    }
}
