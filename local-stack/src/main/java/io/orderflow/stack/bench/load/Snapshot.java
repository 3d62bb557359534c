package io.orderflow.stack.bench.load;

import java.util.Map;

/** The counters a phase is measured by, read at one moment: CPU ticks per process, transactions per database. */
record Snapshot(long nanos, Map<String, Long> cpuTicks, Map<String, Long> transactions) {

    static Snapshot take(StackProcesses processes, DatabaseStats databases) {
        Map<String, Long> transactions = databases.transactions();
        return new Snapshot(System.nanoTime(), processes.cpuTicks(), transactions);
    }
}
