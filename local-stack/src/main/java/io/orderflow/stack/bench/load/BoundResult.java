package io.orderflow.stack.bench.load;

import java.util.List;
import java.util.Map;

/**
 * The database's own limit for orders: one order's captured writes in each database, replayed by pgbench on the same
 * server. {@code alone} runs each database's script by itself for a fixed time; {@code harmonicOrdersPerSecond}
 * combines them as the server would share its capacity between them (1 / the sum of 1/rate). {@code together} runs
 * every script at once, the same number of times each, so the server does whole orders' worth of writes;
 * {@code ordersPerSecond} is that number divided by the time until the last one finished: the bound.
 */
record BoundResult(int clients, int jobs, int seconds, List<Pgbench.Run> alone, double harmonicOrdersPerSecond,
                   List<Pgbench.Run> together, long orders, double togetherSeconds, double ordersPerSecond,
                   Map<String, Double> cpuMsPerOrder) {
}
