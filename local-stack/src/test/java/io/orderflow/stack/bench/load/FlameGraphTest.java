package io.orderflow.stack.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flame graph of a real JFR recording of this JVM, and thread names grouped the way the profile reports them. */
class FlameGraphTest {

    @Test
    void aRecordingOfBusyCodeShowsThatCodeInTheGraph(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            long sum = burnCpuFor(Duration.ofMillis(600));
            recording.stop();
            recording.dump(jfr);
            assertThat(sum).isNotZero();
        }

        FlameGraph graph = FlameGraph.of(jfr);

        assertThat(graph.samples()).isPositive();
        assertThat(graph.svg("test")).startsWith("<svg").contains("FlameGraphTest.burnCpuFor");
        assertThat(graph.libraries()).isNotEmpty();
    }

    @Test
    void threadsAreGroupedWithoutTheirNumbersAndTheJitCompilersAreOneGroup() {
        assertThat(ThreadGroups.group("executor-thread-12")).isEqualTo("executor-thread");
        assertThat(ThreadGroups.group("vert.x-eventloop-thread-0")).isEqualTo("vert.x-eventloop-thread");
        assertThat(ThreadGroups.group("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadGroups.group("C1 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadGroups.group("VM Thread")).isEqualTo("VM Thread");
    }

    private static long burnCpuFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long sum = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sum += Long.rotateLeft(sum ^ i, 7);
            }
        }
        return sum | 1;
    }
}
