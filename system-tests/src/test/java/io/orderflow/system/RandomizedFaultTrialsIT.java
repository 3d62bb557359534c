package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.stack.Stack;
import io.orderflow.stack.check.ConsistencyChecker;
import io.orderflow.stack.check.Report;
import io.orderflow.stack.check.Sources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Orders with faults drawn at random (seeded: a failure prints the seed to rerun it) from the named
 * crash points, a delayed reply, what users do (cancel at any moment, cancel twice, a declined card),
 * what the provider does (fail, answer slowly), S3 stalled on its own database (shorter and longer than
 * the client timeout) and no fault at all. A heal that outlasts the reservation's TTL (a slow restart)
 * expires the reservation during payment. Each trial's order must reach the final state its kind allows
 * (with its failure code); after recovery the consistency checker must find nothing
 * wrong and no order stuck. {@code -Dtrials.count=N -Dtrials.seed=S} change the run; {@code -Dtrials.kinds=K1,K2}
 * runs only the kinds named (as the report prints them).
 */
class RandomizedFaultTrialsIT {

    private static final String NO_FAULT = "none";
    private static final String DELAYED_RESERVE_REPLY = "delay:" + Faults.S2_RESERVED_BEFORE_REPLY.name();

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);

    @Test
    void randomFaultsLeaveNoViolationAndNoStuckOrder() {
        long seed = Long.getLong("trials.seed", System.nanoTime());
        int count = Integer.getInteger("trials.count", 12);
        System.out.println("[trials] seed=" + seed + " count=" + count + " (rerun with -Dtrials.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> kinds = new ArrayList<>(List.of(NO_FAULT, DELAYED_RESERVE_REPLY));
        Faults.CRASH_POINTS.forEach(p -> kinds.add(p.name()));
        kinds.addAll(UserTrials.KINDS);
        String only = System.getProperty("trials.kinds", "");
        if (!only.isBlank()) {
            kinds.retainAll(List.of(only.split(",")));
            assertThat(kinds).as("-Dtrials.kinds=%s names no trial kind", only).isNotEmpty();
        }

        Map<String, Integer> faultsByKind = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Long> healMillis = new ArrayList<>();
        for (int trial = 0; trial < count; trial++) {
            String kind = kinds.get(random.nextInt(kinds.size()));
            faultsByKind.merge(kind, 1, Integer::sum);
            UserTrials.Outcome outcome = UserTrials.isUserKind(kind)
                    ? new UserTrials(stack, platform).run(kind, seed, trial) : runTrial(kind, seed, trial);
            outcomes.merge(outcome.status(), 1, Integer::sum);
            healMillis.add(outcome.healMillis());
        }

        Report report = new ConsistencyChecker(new Sources("jdbc:postgresql://localhost:"
                + stack.config().port("postgres") + "/", stack.url("payment-provider"),
                stack.kafkaBootstrapServers()), Duration.ofSeconds(60)).report();
        report.print(System.out);
        Collections.sort(healMillis);
        System.out.printf("[trials] seed=%d trials=%d faults=%s outcomes=%s violations=%d heal p50=%d ms p99=%d ms%n",
                seed, count, faultsByKind, outcomes, report.violations().size(), healMillis.get(healMillis.size() / 2),
                healMillis.get(Math.max(0, (int) Math.ceil(healMillis.size() * 0.99) - 1)));
        assertThat(report.violations()).as("violations (seed " + seed + ")").isEmpty();
    }

    /** One order under one fault; returns how long it took to reach a final state. */
    private UserTrials.Outcome runTrial(String kind, long seed, int trial) {
        String sku = platform.newSku(3, 100 + trial);
        Faults.Point crash = Faults.CRASH_POINTS.stream().filter(p -> p.name().equals(kind)).findFirst().orElse(null);
        if (crash != null) {
            Faults.armCrash(stack, crash);
        } else if (kind.equals(DELAYED_RESERVE_REPLY)) {
            Faults.armDelay(stack, Faults.S2_RESERVED_BEFORE_REPLY, 6_500);
        }
        long started = System.nanoTime();
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve");
        if (crash != null) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !stack.process(crash.process()).isAlive());
            stack.restart(crash.process());
        }
        String orderId = await().atMost(Duration.ofSeconds(30))
                .until(() -> platform.orderIdsWithSku(sku), ids -> ids.size() == 1).get(0);
        // A crash heals within the restart and the recovery interval; should that outlast the reservation's TTL,
        // the only other correct end is FAILED with the stock and the charge given back.
        return UserTrials.awaitFinal(platform, kind, seed, trial, orderId, started,
                kind.equals(NO_FAULT) ? java.util.Set.of("FULFILLMENT_CREATED") : UserTrials.COMPLETED_OR_EXPIRED);
    }
}
