package io.orderflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * How long the last start took, in {@code <data-dir>/startup.properties}: the whole stack, and each service from its
 * launch to ready. {@code bin/load-test} prints them beside its targets.
 */
public final class StartupTimes {

    public static final String FILE = "startup.properties";
    public static final String STACK_UP = "stack.up.seconds";
    public static final String READY_PREFIX = "ready.seconds.";

    private StartupTimes() {
    }

    static void write(Path dataDir, double stackUpSeconds, Map<String, Double> readySeconds) {
        StringBuilder s = new StringBuilder("# the last start of ./stack: seconds until up, and each service's from "
                + "its launch to ready\n");
        s.append(String.format(Locale.ROOT, "%s=%.1f%n", STACK_UP, stackUpSeconds));
        readySeconds.forEach((service, seconds) -> s.append(String.format(Locale.ROOT, "%s%s=%.1f%n", READY_PREFIX,
                service, seconds)));
        try {
            Files.writeString(dataDir.resolve(FILE), s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dataDir.resolve(FILE), e);
        }
    }
}
