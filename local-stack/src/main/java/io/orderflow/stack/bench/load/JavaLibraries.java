package io.orderflow.stack.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which library a Java class belongs to, by package, for reading a profile: the first matching prefix wins. */
final class JavaLibraries {

    private static final Map<String, String> BY_PREFIX = byPrefix();

    private JavaLibraries() {
    }

    /** The library of a class (or of a frame named by its class), or null for the JDK and unknown code. */
    static String of(String className) {
        for (Map.Entry<String, String> library : BY_PREFIX.entrySet()) {
            if (className.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> byPrefix() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("io.orderflow", "orderflow");
        l.put("org.hibernate.validator", "Hibernate Validator");
        l.put("org.hibernate", "Hibernate ORM");
        l.put("io.quarkus.hibernate", "Hibernate ORM");
        l.put("io.agroal", "Agroal + Narayana (pool, transactions)");
        l.put("com.arjuna", "Agroal + Narayana (pool, transactions)");
        l.put("io.quarkus.narayana", "Agroal + Narayana (pool, transactions)");
        l.put("org.postgresql", "PostgreSQL JDBC");
        l.put("io.opentelemetry", "OpenTelemetry");
        l.put("io.quarkus.opentelemetry", "OpenTelemetry");
        l.put("zipkin2", "Zipkin (exporter, or the server)");
        l.put("com.fasterxml.jackson", "Jackson");
        l.put("io.debezium", "Debezium");
        l.put("org.apache.kafka", "Kafka client");
        l.put("io.smallrye.reactive.messaging", "SmallRye Reactive Messaging");
        l.put("org.jboss.logmanager", "logging");
        l.put("org.jboss.logging", "logging");
        l.put("org.slf4j", "logging");
        l.put("org.jose4j", "JWT");
        l.put("io.smallrye.jwt", "JWT");
        l.put("io.micrometer", "Micrometer");
        l.put("io.vertx", "Vert.x + Netty (HTTP)");
        l.put("io.netty", "Vert.x + Netty (HTTP)");
        l.put("org.jboss.resteasy", "Quarkus REST + REST Client");
        l.put("io.quarkus.rest", "Quarkus REST + REST Client");
        l.put("io.quarkus.resteasy", "Quarkus REST + REST Client");
        l.put("io.smallrye.faulttolerance", "SmallRye Fault Tolerance");
        l.put("io.quarkus.arc", "ArC (CDI)");
        l.put("io.smallrye.mutiny", "Mutiny");
        l.put("io.quarkus", "Quarkus (other)");
        l.put("io.smallrye", "SmallRye (other)");
        return l;
    }
}
