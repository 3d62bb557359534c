package io.orderflow.gateway.identity.adapter.out.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.gateway.identity.application.TokenVerifier.Caller;
import io.orderflow.gateway.identity.domain.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RememberedCallersTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");
    private static final Caller ALICE = new Caller("id-1", "alice", Role.CUSTOMER);

    private final RememberedCallers callers = new RememberedCallers(Duration.ofSeconds(10), 100);

    @Test
    void aVerifiedTokenIsRecalledForTheSameBytesOnly() {
        callers.remember("token-a", ALICE, T.plusSeconds(300), T);

        assertThat(callers.recall("token-a", T.plusSeconds(9))).contains(ALICE);
        assertThat(callers.recall("token-a ", T.plusSeconds(1))).isEmpty();
        assertThat(callers.recall("token-b", T.plusSeconds(1))).isEmpty();
    }

    @Test
    void noLongerThanTheMaximumAge() {
        callers.remember("token-a", ALICE, T.plusSeconds(300), T);

        assertThat(callers.recall("token-a", T.plusSeconds(10))).isEmpty();
    }

    @Test
    void neverPastTheTokensExpiry() {
        callers.remember("token-a", ALICE, T.plusSeconds(3), T);

        assertThat(callers.recall("token-a", T.plusSeconds(2))).contains(ALICE);
        assertThat(callers.recall("token-a", T.plusSeconds(3))).isEmpty();
    }
}
