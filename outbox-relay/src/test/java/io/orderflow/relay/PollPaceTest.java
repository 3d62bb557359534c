package io.orderflow.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollPaceTest {

    private final PollPace pace = new PollPace(Duration.ofMillis(100));

    @Test
    void aFullBatchIsFollowedAtOnceAndAPartialOneAfterAFewMilliseconds() {
        assertThat(pace.after(500, 500)).isZero();
        assertThat(pace.after(3, 500)).isEqualTo(PollPace.FLOWING);
    }

    @Test
    void emptyClaimsWaitTwiceAsLongEachTimeUpToTheInterval() {
        pace.after(3, 500);

        assertThat(java.util.stream.IntStream.range(0, 7).mapToObj(i -> pace.after(0, 500).toMillis()).toList())
                .containsExactly(5L, 10L, 20L, 40L, 80L, 100L, 100L);
    }

    @Test
    void oneEventAfterAQuietSpellBringsTheShortWaitBack() {
        for (int i = 0; i < 10; i++) {
            pace.after(0, 500);
        }

        pace.after(1, 500);

        assertThat(pace.after(0, 500)).isEqualTo(PollPace.FLOWING);
    }

    @Test
    void anIntervalShorterThanTheFlowingWaitIsKept() {
        PollPace fast = new PollPace(Duration.ofMillis(2));

        assertThat(fast.after(1, 500)).isEqualTo(Duration.ofMillis(2));
        assertThat(fast.after(0, 500)).isEqualTo(Duration.ofMillis(2));
    }
}
