package io.orderflow.gateway.limits;

import io.orderflow.gateway.identity.application.TokenVerifier;
import io.orderflow.gateway.proxy.GatewayProblem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * Rate limits every request before it is routed: one budget per client address, and one per signed-in user
 * (the subject of a token this gateway verified; a token it cannot verify counts as anonymous). Over either,
 * the answer is 429 problem+json with Retry-After.
 */
@ApplicationScoped
public class RequestLimits {

    /** Where the verified subject is kept for the rest of the request (the access log reads it). */
    public static final String SUBJECT = "gateway.subject";
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final KeyedLimit perAddress;
    private final KeyedLimit perUser;
    private final LimitRefusals refusals;

    public RequestLimits(TokenVerifier verifier, LimitsConfig config, LimitRefusals refusals) {
        this.verifier = verifier;
        this.refusals = refusals;
        this.perAddress = new KeyedLimit(config.perAddressRequests(), config.requestsPeriod());
        this.perUser = new KeyedLimit(config.perUserRequests(), config.requestsPeriod());
    }

    void register(@Observes Router router) {
        router.route().order(-20).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        if (rc.request().path().startsWith("/q/")) {
            rc.next();
            return;
        }
        Optional<String> subject = subject(rc.request().getHeader("Authorization"));
        subject.ifPresent(s -> rc.put(SUBJECT, s));
        Optional<Duration> wait = perAddress.take(address(rc))
                .map(w -> refused(LimitRefusals.Limit.ADDRESS, w))
                .or(() -> subject.flatMap(perUser::take).map(w -> refused(LimitRefusals.Limit.USER, w)));
        if (wait.isPresent()) {
            long seconds = new TooManyRequests("", wait.get()).retryAfterSeconds();
            rc.response().putHeader("Retry-After", Long.toString(seconds));
            GatewayProblem.send(rc, 429, "too many requests; try again in " + seconds + " s",
                    GatewayProblem.correlationId(rc));
            return;
        }
        rc.next();
    }

    private Duration refused(LimitRefusals.Limit limit, Duration wait) {
        refusals.refused(limit);
        return wait;
    }

    private Optional<String> subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return verifier.verify(authorization.substring(BEARER.length()).trim()).map(TokenVerifier.Caller::subject);
    }

    /** The peer address: the gateway is the edge, so a client's X-Forwarded-For is not believed. */
    static String address(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }
}
