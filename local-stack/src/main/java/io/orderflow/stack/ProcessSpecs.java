package io.orderflow.stack;

import io.orderflow.infra.Ports;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The command line, environment and health check of each kind of process in the stack. */
final class ProcessSpecs {

    /** What {@link ManagedProcess} needs to run one process; {@code directory} null runs it in the launcher's. */
    record Spec(String name, List<String> command, Map<String, String> environment, BooleanSupplier health,
                Path directory) {

        Spec(String name, List<String> command, Map<String, String> environment, BooleanSupplier health) {
            this(name, command, environment, health, null);
        }
    }

    /** The relay's settings that ./stack passes on from its own environment when they are set. */
    static final List<String> RELAY_SETTINGS = List.of("RELAY_MODE", "RELAY_OUTBOX_RETENTION",
            "RELAY_HOUSEKEEPING_INTERVAL", "RELAY_POLL_INTERVAL", "RELAY_POLL_BATCH_SIZE", "RELAY_MAX_ATTEMPTS",
            "RELAY_DEBEZIUM_POLL_INTERVAL");

    /**
     * Every JVM of the stack compiles with C1 only: on CPUs shared by eight JVMs, C2 was still compiling in Kafka, the
     * relay and the fake provider after minutes of load (3.9–5.5 ms of CPU per order), and their own threads did not
     * work more per order without it (docs/performance.md, change 24).
     */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * The services' JVM options on this stack, where eight JVMs share a developer's CPUs (docs/performance.md): the
     * C1 compiler only (C2 kept both CPUs of the test machine busy compiling for minutes after a start, and starting
     * took longer), a small heap with the serial collector, and bounded metaspace, code cache and thread stacks.
     * Deployed images keep the JVM's defaults, made for a long-running process with CPUs of its own.
     */
    private static final String[] SERVICE_JVM_OPTIONS = {C1_ONLY, "-XX:+UseSerialGC", "-Xms32m",
        "-Xmx128m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k"};

    /** The class-data archive Quarkus writes beside the jar (quarkus.package.jar.appcds.enabled). */
    private static final String CLASS_ARCHIVE = "app-cds.jsa";

    private ProcessSpecs() {
    }

    /** A system property put on every child's command line, so stale children can be recognised. */
    static String marker(Path dataDir) {
        return "-Dorderflow.stack=" + dataDir.toAbsolutePath().normalize();
    }

    static Spec kafka(StackConfig config, String classpath) {
        List<String> command = java(config, "-Xmx512m", "-Xms128m", C1_ONLY);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath,
                "io.orderflow.infra.kafka.KafkaBrokerMain", config.dataDir().resolve("kafka").toString(),
                Integer.toString(config.port("kafka")), Integer.toString(config.port("kafka-controller"))));
        return new Spec("kafka", command, Map.of(), HealthChecks.kafkaReady("localhost:" + config.port("kafka"),
                config.port("kafka")));
    }

    static Spec relay(StackConfig config, String classpath) {
        List<String> command = java(config, "-Xmx192m", "-XX:+UseSerialGC", C1_ONLY);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.orderflow=info", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classpath, "io.orderflow.relay.OutboxRelayMain"));
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.port("kafka"));
        env.put("RELAY_DB_HOST", "localhost");
        env.put("RELAY_DB_PORT", Integer.toString(config.port("postgres")));
        env.put("RELAY_DB_USER", "postgres");
        env.put("RELAY_DB_PASSWORD", "");
        env.put("RELAY_DATABASES", String.join(",", ServiceSpec.RELAYED_DATABASES));
        env.put("RELAY_STATE_DIR", config.dataDir().resolve("relay").toString());
        env.put("RELAY_HEALTH_PORT", Integer.toString(config.port("relay")));
        // RELAY_MODE=polling ./stack runs the polling relay (default debezium); the retention applies in both modes.
        for (String setting : RELAY_SETTINGS) {
            String value = System.getenv(setting);
            if (value != null && !value.isBlank()) {
                env.put(setting, value);
            }
        }
        return new Spec("outbox-relay", command, env,
                HealthChecks.http200("http://localhost:" + config.port("relay") + "/health"));
    }

    static Spec mailServer(StackConfig config, String classpath) {
        List<String> command = java(config, "-Xmx64m", "-XX:+UseSerialGC", C1_ONLY);
        // The main class is local-stack's own; the runtime classpath file lists only its dependencies.
        String withOwnClasses = config.root().resolve("local-stack/target/classes") + File.pathSeparator + classpath;
        command.addAll(List.of("-cp", withOwnClasses, "io.orderflow.stack.mail.MailServerMain",
                Integer.toString(config.port("smtp")), Integer.toString(config.port("imap"))));
        return new Spec("mail-server", command, Map.of(), () -> Ports.isListening(config.port("smtp"))
                && Ports.isListening(config.port("imap")));
    }

    static Spec paymentProvider(StackConfig config, String classpath) {
        List<String> command = java(config, "-Xmx64m", "-XX:+UseSerialGC", C1_ONLY);
        command.addAll(List.of("-cp", classpath, "io.orderflow.fakeprovider.FakePaymentProviderMain"));
        Map<String, String> env = new HashMap<>();
        env.put("PROVIDER_PORT", Integer.toString(config.port("payment-provider")));
        env.put("PROVIDER_DATA_DIR", config.dataDir().resolve("payment-provider").toString());
        return new Spec("payment-provider", command, env,
                HealthChecks.http200("http://localhost:" + config.port("payment-provider") + "/health"));
    }

    /**
     * Zipkin with in-memory storage: the services send it their spans, and its UI shows one trace per request
     * across the gateway and the services.
     */
    static Spec zipkin(StackConfig config) {
        List<String> command = java(config, "-Xmx256m", "-XX:+UseSerialGC", C1_ONLY);
        command.addAll(List.of("-jar", zipkinJar(config).toString()));
        Map<String, String> env = new HashMap<>();
        env.put("QUERY_PORT", Integer.toString(config.port("zipkin")));
        env.put("STORAGE_TYPE", "mem");
        // The traces of the last thousand orders or so (about 25 spans each); the oldest go first. 100,000 spans
        // filled the 256 MB heap under load and Zipkin then spent a whole CPU collecting it (docs/performance.md).
        env.put("MEM_MAX_SPANS", "25000");
        return new Spec("zipkin", command, env,
                HealthChecks.http200("http://localhost:" + config.port("zipkin") + "/health"));
    }

    static Spec service(StackConfig config, ServiceSpec service, StackSecrets secrets,
                        Map<String, String> extraEnvironment) {
        List<String> command = java(config, serviceJvmOptions());
        // The build's class-data archive names the jars relative to the application's directory: run it from there.
        Path jar = serviceJar(config, service);
        if (Files.isRegularFile(jar.resolveSibling(CLASS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        Map<String, String> env = new HashMap<>();
        String prefix = service.envPrefix();
        env.put(prefix + "_HTTP_PORT", Integer.toString(config.port(service.portName())));
        env.put(prefix + "_DB_URL", "jdbc:postgresql://localhost:" + config.port("postgres") + "/" + service.database());
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.port("kafka"));
        env.put("ORDER_SERVICE_URL", String.join(",", ServiceSpec.orderCopies(config.gatewayOrderCopies()).stream()
                .map(copy -> "http://localhost:" + config.port(copy.portName())).toList()));
        env.put("INVENTORY_SERVICE_URL", "http://localhost:" + config.port("inventory"));
        env.put("PAYMENT_SERVICE_URL", "http://localhost:" + config.port("payment"));
        env.put("PAYMENT_PROVIDER_URL", "http://localhost:" + config.port("payment-provider"));
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", Integer.toString(config.port("smtp")));
        env.putAll(identity(config, service, secrets));
        env.put("LOG_JSON", "true");
        // glibc gives every thread that allocates its own 64 MB arena; two are plenty for a JVM's native allocations.
        env.put("MALLOC_ARENA_MAX", "2");
        env.putAll(tracing(config));
        env.putAll(extraEnvironment);
        return new Spec(service.name(), command, env, HealthChecks.http200(
                "http://localhost:" + config.port(service.portName()) + "/q/health/ready"), jar.getParent());
    }

    /**
     * Spans go to the stack's Zipkin, unless the launcher was given an OTLP endpoint (Jaeger, a collector), which
     * every service then inherits and uses instead.
     */
    private static Map<String, String> tracing(StackConfig config) {
        Map<String, String> env = new HashMap<>();
        if (otlpEndpoint() == null) {
            env.put("TRACES_EXPORTER", "zipkin");
            env.put("ZIPKIN_ENDPOINT", "http://localhost:" + config.port("zipkin") + "/api/v2/spans");
        } else {
            env.put("TRACES_EXPORTER", "otlp");
        }
        // Spans reach the trace server within a second or so, not five.
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s");
        return env;
    }

    /** The OTLP endpoint the stack was started with, or null: then it runs Zipkin. */
    static String otlpEndpoint() {
        String endpoint = System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
        return endpoint == null || endpoint.isBlank() ? null : endpoint;
    }

    /**
     * The gateway issues the tokens; every service verifies them against its key set. Only the gateway knows the
     * first admin and ops passwords; only the gateway and order-service know order-service's client secret.
     */
    private static Map<String, String> identity(StackConfig config, ServiceSpec service, StackSecrets secrets) {
        String gateway = "http://localhost:" + config.port("gateway");
        Map<String, String> env = new HashMap<>();
        env.put("GATEWAY_PUBLIC_URL", gateway);
        env.put("JWT_ISSUER", gateway + "/auth");
        env.put("JWT_JWKS_URL", gateway + "/.well-known/jwks.json");
        if (service.module().equals(ServiceSpec.GATEWAY.module())) {
            env.put("AUTH_ADMIN_PASSWORD", secrets.adminPassword());
            env.put("AUTH_OPS_PASSWORD", secrets.opsPassword());
            env.put("ORDER_SERVICE_CLIENT_SECRET", secrets.orderServiceClientSecret());
            // The gateway verifies its own tokens in-process; an external issuer sets JWT_JWKS_URL explicitly.
            env.remove("JWT_JWKS_URL");
        }
        if (service.module().equals(ServiceSpec.ORDER.module())) {
            env.put("SERVICE_TOKEN_ISSUER_URL", gateway);
            env.put("ORDER_SERVICE_CLIENT_SECRET", secrets.orderServiceClientSecret());
        }
        return env;
    }

    static Path serviceJar(StackConfig config, ServiceSpec service) {
        return config.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Copied from Maven Central by the local-stack build (io.zipkin:zipkin-server, classifier exec). */
    static Path zipkinJar(StackConfig config) {
        return config.root().resolve("local-stack/target/zipkin/zipkin-server.jar");
    }

    static Path classpathFile(StackConfig config) {
        return config.root().resolve("local-stack/target/runtime-classpath.txt");
    }

    /** The local-stack module's runtime classpath: the Kafka broker and the relay run from it. */
    static String childClasspath(StackConfig config) {
        try {
            return Files.readString(classpathFile(config)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("run ./mvnw -DskipTests package first", e);
        }
    }

    /** The services' JVM options; {@code STACK_SERVICE_JVM_OPTS} replaces them (space-separated). */
    static String[] serviceJvmOptions() {
        String override = System.getenv("STACK_SERVICE_JVM_OPTS");
        return override != null && !override.isBlank() ? override.trim().split("\\s+") : SERVICE_JVM_OPTIONS;
    }

    private static List<String> java(StackConfig config, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(marker(config.dataDir()));
        command.addAll(List.of(jvmOptions));
        return command;
    }
}
