package io.orderflow.stack;

import io.orderflow.infra.Ports;
import io.orderflow.infra.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker, the outbox relay and the four
 * services, each a separate process. Used by the {@code stack} command and by the end-to-end tests,
 * which can kill and restart any single process.
 */
public final class Stack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The processes the others send to: stopped after them. */
    private static final Set<String> SHARED_INFRASTRUCTURE = Set.of("kafka", "zipkin");

    private final StackConfig config;
    private final Map<String, String> extraEnvironment;
    private final Consumer<String> progress;
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Map<String, Double> readySeconds = new LinkedHashMap<>();
    private volatile boolean closed;
    private PostgresServer postgres;
    private StackSecrets secrets;

    private Stack(StackConfig config, Map<String, String> extraEnvironment, Consumer<String> progress) {
        this.config = config;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        this.progress = progress;
    }

    /** Starts everything and waits until every health check passes. */
    public static Stack start(StackConfig config, Map<String, String> extraEnvironment, Consumer<String> progress) {
        Stack stack = create(config, extraEnvironment, progress);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * A stack that has started nothing yet, so a caller can arrange for {@link #close()} (a shutdown hook) before
     * {@link #startAll()} starts the first process: a stop during the start then stops what already runs.
     */
    public static Stack create(StackConfig config, Map<String, String> extraEnvironment, Consumer<String> progress) {
        return new Stack(config, extraEnvironment, progress);
    }

    /** Starts everything and waits until every health check passes; on failure the caller closes the stack. */
    public void startAll() {
        long t0 = System.nanoTime();
        prepareDataDir();
        StaleProcesses.reap(config.dataDir());
        config.ports().forEach((name, port) -> {
            if (Ports.isListening(port)) {
                throw new IllegalStateException("port " + port + " (" + name + ") is already in use; stop whatever "
                        + "listens there or start with --port." + name + "=<another port>");
            }
            Ports.requireFree(port, name);
        });
        requireBuilt();
        secrets = StackSecrets.loadOrCreate(config.dataDir());

        // Nothing waits for the trace server: services buffer their spans, so it starts first and is awaited last.
        ManagedProcess zipkin = tracesToZipkin() ? launch(ProcessSpecs.zipkin(config)) : null;
        if (zipkin != null) {
            step(t0, "zipkin", "starting on :" + config.port("zipkin"));
        }

        step(t0, "postgres", "starting PostgreSQL 17 on :" + config.port("postgres"));
        startPostgres();
        postgres.createDatabases(ServiceSpec.ALL.stream().map(ServiceSpec::database).toList());
        step(t0, "postgres", "up");

        step(t0, "kafka", "starting the KRaft broker on :" + config.port("kafka"));
        ManagedProcess kafka = launch(ProcessSpecs.kafka(config, childClasspath()));
        kafka.awaitHealthy(START_TIMEOUT);
        step(t0, "kafka", "up");

        // The relay waits for each service's outbox table itself; it starts first so it is ready early.
        ManagedProcess relay = launch(ProcessSpecs.relay(config, childClasspath()));
        step(t0, "outbox-relay", "started; it streams once the services have migrated");

        ManagedProcess provider = launch(ProcessSpecs.paymentProvider(config, childClasspath()));
        ManagedProcess mail = launch(ProcessSpecs.mailServer(config, childClasspath()));
        provider.awaitHealthy(START_TIMEOUT);
        step(t0, "payment-provider", "up on :" + config.port("payment-provider") + " (fake external provider)");
        mail.awaitHealthy(START_TIMEOUT);
        step(t0, "mail-server", "SMTP :" + config.port("smtp") + ", IMAP :" + config.port("imap"));

        for (ServiceSpec service : ServiceSpec.started(config)) {
            step(t0, service.name(), "starting on :" + config.port(service.portName()));
            launch(ProcessSpecs.service(config, service, secrets, extraEnvironment));
        }
        awaitServicesReady(t0);
        relay.awaitHealthy(START_TIMEOUT);
        step(t0, "outbox-relay", "streaming " + ServiceSpec.RELAYED_DATABASES);
        if (zipkin != null) {
            zipkin.awaitHealthy(START_TIMEOUT);
            step(t0, "zipkin", "up; traces at " + url("zipkin") + "/zipkin/");
        }
    }

    /**
     * Waits for the services together, so each one's time from launch to ready is its own (they start at once and
     * share the CPUs), and keeps those times for {@link #readySeconds()}.
     */
    private void awaitServicesReady(long t0) {
        List<String> waiting = new ArrayList<>(ServiceSpec.started(config).stream().map(ServiceSpec::name).toList());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                String name = it.next();
                ManagedProcess service = processes.get(name);
                if (service.checkHealthy()) {
                    readySeconds.put(name, service.secondsSinceStart());
                    step(t0, name, String.format("ready (%.1f s after its launch)", readySeconds.get(name)));
                    it.remove();
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting + " not ready within " + START_TIMEOUT.toSeconds() + " s; see "
                        + config.logsDir());
            }
            ManagedProcess.pause(Duration.ofMillis(100));
        }
    }

    /** Each service's seconds from launch to ready in the last start, in the order they became ready. */
    public Map<String, Double> readySeconds() {
        return new LinkedHashMap<>(readySeconds);
    }

    /** Starts a process of the stack, unless the stack is already being closed (a stop during the start). */
    private synchronized ManagedProcess launch(ProcessSpecs.Spec spec) {
        requireOpen();
        ManagedProcess process = new ManagedProcess(spec.name(), spec.command(), spec.environment(),
                config.logsDir().resolve(spec.name() + ".log"), config.dataDir().resolve("pids/" + spec.name() + ".pid"),
                spec.health(), spec.directory());
        processes.put(spec.name(), process);
        process.start();
        return process;
    }

    private synchronized void startPostgres() {
        requireOpen();
        postgres = ownPostgres();
    }

    /** The stack's PostgreSQL, stopped by {@link #close} after everything that uses it. */
    private PostgresServer ownPostgres() {
        return PostgresServer.startOwned(config.dataDir().resolve("postgres"), config.port("postgres"),
                config.logsDir().resolve("postgres.log"));
    }

    /** True once {@link #close()} has begun: a failure seen after it is the stop, not a fault. */
    public boolean closing() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the stack is being stopped");
        }
    }

    private void prepareDataDir() {
        try {
            if (config.fresh() && Files.exists(config.dataDir())) {
                StaleProcesses.reap(config.dataDir());
                try (Stream<Path> paths = Files.walk(config.dataDir())) {
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(config.logsDir());
            Files.deleteIfExists(config.dataDir().resolve(StartupTimes.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireBuilt() {
        List<String> missing = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (!Files.exists(ProcessSpecs.serviceJar(config, service))) {
                missing.add(service.module());
            }
        }
        if (!Files.exists(ProcessSpecs.classpathFile(config))
                || tracesToZipkin() && !Files.exists(ProcessSpecs.zipkinJar(config))) {
            missing.add("local-stack");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet: " + missing + "; run ./mvnw -DskipTests package first");
        }
    }

    private String childClasspath() {
        return ProcessSpecs.childClasspath(config);
    }

    private void step(long t0, String component, String message) {
        progress.accept(String.format("[%5.1fs] %-28s %s", (System.nanoTime() - t0) / 1e9, component, message));
    }

    /** True when the services send their spans to the stack's own Zipkin (no OTLP endpoint was given). */
    public boolean tracesToZipkin() {
        return ProcessSpecs.otlpEndpoint() == null;
    }

    /** A process of the stack by name (for example {@code order-service}, {@code kafka}). */
    public ManagedProcess process(String name) {
        ManagedProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no process named " + name + "; known: " + processes.keySet());
        }
        return process;
    }

    /** kill -9 of one process, as in a crash. */
    public void kill(String name) {
        process(name).kill();
    }

    /** Starts a killed or stopped process again and waits until it is healthy; the seconds from launch to healthy. */
    public double restart(String name) {
        ManagedProcess process = process(name);
        process.stop();
        process.start();
        process.awaitHealthy(START_TIMEOUT);
        return process.secondsSinceStart();
    }

    /** Stops PostgreSQL (fast shutdown) and starts it again on the same data. */
    public void restartPostgres() {
        postgres.close();
        postgres = ownPostgres();
    }

    /** The admin and ops passwords and order-service's client secret this stack runs with. */
    public StackSecrets secrets() {
        return secrets;
    }

    public StackConfig config() {
        return config;
    }

    public String url(String portName) {
        return "http://localhost:" + config.port(portName);
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + config.port("kafka");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.port("postgres") + "/" + database;
    }

    public Map<String, Long> pids() {
        Map<String, Long> pids = new HashMap<>();
        processes.forEach((name, p) -> pids.put(name, p.pid()));
        return pids;
    }

    /**
     * Stops everything, and nothing starts after this: first, all at once, the processes that use Kafka and Zipkin
     * (services, relay, fakes), then those two, then PostgreSQL. One by one, each service's graceful stop added up to
     * more than the 30 s a test JVM is given to exit, and the processes not stopped by then were left running.
     */
    @Override
    public synchronized void close() {
        closed = true;
        List<ManagedProcess> users = new ArrayList<>();
        List<ManagedProcess> used = new ArrayList<>();
        for (ManagedProcess process : processes.values()) {
            (SHARED_INFRASTRUCTURE.contains(process.name()) ? used : users).add(process);
        }
        stopTogether(users);
        stopTogether(used);
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void stopTogether(List<ManagedProcess> group) {
        group.forEach(ManagedProcess::requestStop);
        long deadline = System.nanoTime() + ManagedProcess.STOP_GRACE.toNanos();
        group.forEach(process -> process.awaitStopped(deadline));
    }
}
