package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs PostgreSQL's pgbench with a custom script against one database of the stack's server. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    /** What one pgbench run reported: scripts completed (each one order's writes in its database) and per second. */
    record Run(String database, long scripts, double scriptsPerSecond) {
    }

    private final int port;
    private final int clients;
    private final int jobs;
    private final Map<String, String> variables;

    Pgbench(int port, int clients, int jobs, Map<String, String> variables) {
        this.port = port;
        this.clients = clients;
        this.jobs = jobs;
        this.variables = Map.copyOf(variables);
    }

    /** Starts pgbench; {@code limit} is {@code -T seconds} or {@code -t scriptsPerClient}. */
    Process start(Path script, String database, String limit, long value) throws IOException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-h", "localhost", "-p",
                Integer.toString(port), "-U", "postgres", "-f", script.toString(), "-c", Integer.toString(clients),
                "-j", Integer.toString(jobs), limit, Long.toString(value)));
        variables.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
        command.add(database);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for a started pgbench and reads its figures; fails with its output when it did not succeed. */
    static Run finish(Process process, String database) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher tps = TPS.matcher(output);
        Matcher processed = PROCESSED.matcher(output);
        if (exit != 0 || !tps.find() || !processed.find()) {
            throw new IllegalStateException("pgbench on " + database + " exited " + exit + ":\n" + output);
        }
        return new Run(database, Long.parseLong(processed.group(1)), Double.parseDouble(tps.group(1)));
    }

    int clients() {
        return clients;
    }

    int jobs() {
        return jobs;
    }
}
