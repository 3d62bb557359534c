package io.orderflow.stack.bench.load;

import io.orderflow.stack.StartupTimes;
import io.orderflow.stack.bench.GatewayLogin;
import io.orderflow.stack.bench.OutboxLatencyBenchmark;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code bin/load-test}: drives a running {@code ./stack} through its gateway with registered customers, open loop at
 * fixed rates and closed loop at maximum throughput, measures what every process and database spent per order,
 * replays one order's captured writes with pgbench for the database's own limit, and writes a report.
 */
public final class LoadTestMain {

    private LoadTestMain() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String gateway = o.text("gateway");
        Path dataDir = o.path("data-dir");
        StackProcesses processes = new StackProcesses(dataDir);
        DatabaseStats databases = new DatabaseStats(o.number("postgres-port"));
        processes.pids();
        GatewayLogin login = new GatewayLogin(http, gateway);
        String admin = login.admin(dataDir.resolve("credentials.properties"));
        List<String> skus = Catalogue.create(http, gateway, admin, o.number("skus"), 100_000_000L);
        try (Customers customers = Customers.register(login, o.number("customers"))) {
            LoadRun run = new LoadRun(processes, databases, new HttpOrderSender(http, gateway, customers, skus),
                    o.number("max-in-flight"));
            Path out = o.path("out").resolve(startedAt.replace(":", ""));
            Profiler profiler = o.text("profile").equals("on") ? new Profiler(processes, out.resolve("profile")) : null;
            List<PhaseResult> phases = phases(run, o, profiler);
            Map<String, StackProcesses.Memory> memory = processes.memory();
            System.out.print(ConsoleSummary.memory(memory));
            run.quiesce();
            OutboxLatencyBenchmark.Result outbox = outboxLatency(o);
            run.quiesce();
            BoundResult bound = bound(o, processes, skus);
            double best = LoadReport.best(phases);
            List<Targets.Check> targets = Targets.check(new Targets.Measured(phases, bound, memory,
                    startupTimes(dataDir), outbox));
            LoadReport report = new LoadReport(startedAt, List.of(args), o.values(), host(), o.number("customers"),
                    skus, customers.refreshes(), phases, memory, bound, best,
                    bound == null ? null : best / bound.ordersPerSecond(), outbox, targets);
            ReportFiles.write(report, out);
            if (bound != null) {
                System.out.print(ConsoleSummary.bound(bound, best));
            }
            System.out.print(Targets.console(targets));
            System.out.println("report: " + out.resolve("report.html") + " (also report.json, phases.csv, "
                    + "timeline.csv)");
            warnAboutLimits(phases);
        }
    }

    /** The phases in order; with --profile=on the last closed loop is profiled. */
    private static List<PhaseResult> phases(LoadRun run, LoadOptions o, Profiler profiler)
            throws InterruptedException {
        List<PhaseResult> phases = new ArrayList<>();
        run.warmUp(o.number("warmup-seconds"), o.number("warmup-rate"));
        if (o.number("idle-seconds") > 0) {
            phases.add(run.idle(o.number("idle-seconds")));
        }
        for (int rate : o.numbers("rates")) {
            phases.add(run.open(rate, o.number("open-seconds")));
        }
        List<Integer> clients = o.numbers("clients");
        for (int i = 0; i < clients.size(); i++) {
            boolean profiled = profiler != null && i == clients.size() - 1;
            phases.add(profiled ? run.closedProfiled(clients.get(i), o.number("closed-seconds"), profiler)
                    : run.closed(clients.get(i), o.number("closed-seconds")));
        }
        return phases;
    }

    private static BoundResult bound(LoadOptions o, StackProcesses processes, List<String> skus) throws Exception {
        if (o.number("pgbench-seconds") <= 0 || !Files.isDirectory(o.path("scripts"))) {
            System.out.println("no database bound: --pgbench-seconds=0 or no scripts in " + o.path("scripts"));
            return null;
        }
        String prefix = skus.get(0).substring(0, skus.get(0).length() - 2);
        Pgbench pgbench = new Pgbench(o.number("postgres-port"), o.number("pgbench-clients"),
                o.number("pgbench-jobs"), Map.of("skuprefix", prefix, "skus", Integer.toString(skus.size())));
        return new DatabaseBound(pgbench, o.path("scripts"), processes).measure(o.number("pgbench-seconds"));
    }

    /** The outbox relay's commit-to-Kafka latency on the stack as it runs (either relay mode). */
    private static OutboxLatencyBenchmark.Result outboxLatency(LoadOptions o) throws Exception {
        if (o.number("outbox-events") <= 0) {
            return null;
        }
        System.out.println("outbox latency: " + o.number("outbox-events") + " events at " + o.number("outbox-rate")
                + "/s ...");
        OutboxLatencyBenchmark.Result result = OutboxLatencyBenchmark.measure(
                "jdbc:postgresql://localhost:" + o.number("postgres-port") + "/orders",
                "localhost:" + o.number("kafka-port"), "http://localhost:" + o.number("relay-port") + "/health",
                o.number("outbox-events"), o.number("outbox-rate"));
        System.out.print(result);
        return result;
    }

    /** What {@code ./stack} recorded about its last start; empty if it recorded nothing. */
    private static Properties startupTimes(Path dataDir) throws java.io.IOException {
        Properties startup = new Properties();
        Path file = dataDir.resolve(StartupTimes.FILE);
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                startup.load(reader);
            }
        }
        return startup;
    }

    private static String host() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", at "
                + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.now());
    }

    private static void warnAboutLimits(List<PhaseResult> phases) {
        if (phases.stream().anyMatch(p -> p.outcomes().containsKey("429"))) {
            System.out.println("some orders were answered 429: the gateway's rate limits count every request from "
                    + "this machine as one address. Start the stack with GATEWAY_LIMIT_PER_ADDRESS=1000000 "
                    + "GATEWAY_LIMIT_PER_USER=1000000 to measure the system rather than the limits.");
        }
    }
}
