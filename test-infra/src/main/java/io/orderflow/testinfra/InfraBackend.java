package io.orderflow.testinfra;

import java.util.Locale;

/**
 * Which servers the {@code @QuarkusTest}s run against: the embedded ones (default, no Docker) or containers
 * ({@code -Pcontainers}, which sets the {@value #PROPERTY} system property; {@code ORDERFLOW_INFRA} in the
 * environment does the same for runs outside Maven).
 */
public enum InfraBackend {

    /** Embedded PostgreSQL (zonky binaries) and an in-process Kafka broker: needs nothing installed. */
    EMBEDDED,
    /** A {@code postgres:17} and an {@code apache/kafka} container through Testcontainers: needs a Docker engine. */
    CONTAINERS;

    public static final String PROPERTY = "orderflow.infra";
    public static final String ENVIRONMENT_VARIABLE = "ORDERFLOW_INFRA";

    /** The backend this JVM asks for. */
    public static InfraBackend selected() {
        return select(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE));
    }

    /** The system property wins over the environment; neither set means {@link #EMBEDDED}. */
    static InfraBackend select(String property, String environment) {
        String choice = blank(property) ? environment : property;
        if (blank(choice)) {
            return EMBEDDED;
        }
        try {
            return valueOf(choice.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + choice + " is not a test infrastructure: use "
                    + "embedded (the default) or containers", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
