package io.orderflow.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final CountingVerifier verifier = new CountingVerifier();
    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock, Duration.ofMinutes(1), 3);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws ParseException {
        verifier.accept("token-a", NOW.plusSeconds(300));

        JsonWebToken first = tokens.parse("token-a");
        JsonWebToken second = tokens.parse("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.verifications("token-a")).isEqualTo(1);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItHasBeenRememberedForTheMaximumAge() throws ParseException {
        verifier.accept("token-a", NOW.plusSeconds(300));
        tokens.parse("token-a");

        clock.now = NOW.plusSeconds(59);
        tokens.parse("token-a");
        assertThat(verifier.verifications("token-a")).isEqualTo(1);

        clock.now = NOW.plusSeconds(60);
        tokens.parse("token-a");
        assertThat(verifier.verifications("token-a")).isEqualTo(2);
    }

    @Test
    void anExpiredTokenGoesToTheVerifierWhichRefusesIt() throws ParseException {
        verifier.accept("token-a", NOW.plusSeconds(30));
        tokens.parse("token-a");

        clock.now = NOW.plusSeconds(30);
        verifier.refuse("token-a");

        assertThatThrownBy(() -> tokens.parse("token-a")).isInstanceOf(ParseException.class);
        assertThat(verifier.verifications("token-a")).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNeverRememberedAndAnotherTokenIsNeverTakenForIt() throws ParseException {
        verifier.refuse("forged");
        verifier.accept("token-a", NOW.plusSeconds(300));
        tokens.parse("token-a");

        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("token-a ")).isInstanceOf(ParseException.class);
        assertThat(verifier.verifications("forged")).isEqualTo(2);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void theMemoryIsBoundedExpiredTokensGoFirst() throws ParseException {
        verifier.accept("short", NOW.plusSeconds(10));
        verifier.accept("b", NOW.plusSeconds(300));
        verifier.accept("c", NOW.plusSeconds(300));
        verifier.accept("d", NOW.plusSeconds(300));
        tokens.parse("short");
        tokens.parse("b");
        tokens.parse("c");

        clock.now = NOW.plusSeconds(10);
        tokens.parse("d");

        assertThat(tokens.size()).isEqualTo(3);
        tokens.parse("b");
        assertThat(verifier.verifications("b")).isEqualTo(1);
    }

    @Test
    void everyOtherCheckGoesToTheVerifierEachTime() throws ParseException {
        verifier.accept("token-a", NOW.plusSeconds(300));

        tokens.parseOnly("token-a");
        tokens.parseOnly("token-a");

        assertThat(verifier.verifications("token-a")).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Accepts the tokens it was told to, until their expiry; counts every check. */
    private static final class CountingVerifier implements JWTParser {
        private final Map<String, Instant> accepted = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();

        void accept(String token, Instant expires) {
            accepted.put(token, expires);
        }

        void refuse(String token) {
            accepted.remove(token);
        }

        int verifications(String token) {
            return counts.getOrDefault(token, 0);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            counts.merge(token, 1, Integer::sum);
            Instant expires = accepted.get(token);
            if (expires == null) {
                throw new ParseException("invalid token " + token);
            }
            return new Token(token, expires);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken parseOnly(String token) throws ParseException {
            return parse(token);
        }
    }

    private record Token(String raw, Instant expires) implements JsonWebToken {
        @Override
        public String getName() {
            return raw;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(expires.getEpochSecond()) : null;
        }
    }
}
