package io.orderflow.stack.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseFiguresTest {

    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    @Test
    void theFirstThreeAnswersOfEachKindButCreatedAreKeptWithWhatTheySaid() {
        PhaseRecorder recorder = new PhaseRecorder(0);
        recorder.record(OrderSender.Answer.status(201, "{\"id\":\"done\"}"), MS, MS);
        for (int i = 1; i <= 5; i++) {
            recorder.record(OrderSender.Answer.status(202, "{\"id\":\"order-" + i + "\",\"status\":\"PAID\"}"), MS, MS);
        }
        recorder.record(OrderSender.Answer.failure(new java.net.http.HttpTimeoutException("request timed out")), MS,
                MS);
        Snapshot at = new Snapshot(SECOND, Map.of(), Map.of());

        PhaseResult r = PhaseResult.of("closed loop 16 clients", "closed", 16, recorder, at, at, at);

        assertThat(r.outcomes()).isEqualTo(Map.of("201", 1L, "202", 5L, "HttpTimeoutException", 1L));
        assertThat(r.outcomeExamples()).containsOnlyKeys("202", "HttpTimeoutException");
        assertThat(r.outcomeExamples().get("202")).containsExactly("{\"id\":\"order-1\",\"status\":\"PAID\"}",
                "{\"id\":\"order-2\",\"status\":\"PAID\"}", "{\"id\":\"order-3\",\"status\":\"PAID\"}");
        assertThat(r.outcomeExamples().get("HttpTimeoutException")).containsExactly("request timed out");
        assertThat(ConsoleSummary.line(r)).contains("202: {\"id\":\"order-1\"");
    }

    @Test
    void percentilesComeFromEveryCompletedOrderAndTheTimelineHasASlotPerSecond() {
        PhaseRecorder recorder = new PhaseRecorder(0);
        for (int i = 1; i <= 100; i++) {
            recorder.record("201", true, i * MS, i <= 50 ? SECOND / 2 : 2 * SECOND + 1);
        }
        recorder.record("503", false, 5 * SECOND, 2 * SECOND);
        Snapshot before = new Snapshot(0, Map.of("order-service", 100L), Map.of("orders", 1_000L));
        Snapshot after = new Snapshot(4 * SECOND, Map.of("order-service", 300L), Map.of("orders", 1_400L));

        PhaseResult r = PhaseResult.of("open loop 25/s", "open", 25, recorder, before, after, after);

        assertThat(r.completed()).isEqualTo(100);
        assertThat(r.completedPerSecond()).isEqualTo(25.0);
        assertThat(r.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(r.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(r.maxMs()).isCloseTo(100, within(0.1));
        assertThat(r.outcomes()).isEqualTo(Map.of("201", 100L, "503", 1L));
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.cpuSeconds()).containsEntry("order-service", 2.0);
        assertThat(r.cpuMsPerOrder()).containsEntry("order-service", 20.0);
        assertThat(r.transactionsPerOrder()).containsEntry("orders", 4.0);
        assertThat(r.timeline()).extracting(PhaseResult.Second::completed).containsExactly(50L, 0L, 50L);
    }

    @Test
    void statLinesAreReadFromAfterTheCommandNameWhateverItHolds() {
        String line = "4242 (java (x) y) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 75 30 12 20 0 40 0 1 0 0";

        ProcFs.Stat stat = ProcFs.parseStat(4242, line);

        assertThat(stat.ppid()).isEqualTo(17);
        assertThat(stat.ownTicks()).isEqualTo(325);
        assertThat(stat.ownAndReapedTicks()).isEqualTo(367);
    }

    @Test
    void descendantsAreEveryProcessWhoseParentsLeadToTheRoot() {
        List<ProcFs.Stat> all = List.of(stat(1, 0), stat(10, 1), stat(11, 10), stat(12, 11), stat(13, 10),
                stat(20, 1));

        assertThat(StackProcesses.descendants(10, all)).extracting(ProcFs.Stat::pid)
                .containsExactlyInAnyOrder(11L, 12L, 13L);
    }

    private static ProcFs.Stat stat(long pid, long ppid) {
        return new ProcFs.Stat(pid, ppid, 0, 0, 0, 0);
    }
}
