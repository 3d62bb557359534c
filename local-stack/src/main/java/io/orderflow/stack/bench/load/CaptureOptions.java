package io.orderflow.stack.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of {@code bin/capture-order-sql}: {@code --name=value} options with defaults. */
final class CaptureOptions {

    private CaptureOptions() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("gateway", "http://localhost:18080");
        o.put("data-dir", ".stack-data");
        o.put("postgres-port", "15432");
        o.put("settle-seconds", "5");
        o.put("out", "bench/pgbench/captured");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : "";
            if (!o.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; options (--name=value): " + o);
            }
            o.put(name, arg.substring(eq + 1));
        }
        return o;
    }
}
