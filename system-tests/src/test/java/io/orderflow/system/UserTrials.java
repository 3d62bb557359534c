package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.stack.Stack;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The trial kinds that are user and operator actions or participant behaviour rather than crashes. */
final class UserTrials {

    static final String CANCEL_AFTER = "user:cancel-after-fulfilment";
    static final String CANCEL_TWICE = "user:duplicate-cancel";
    static final String CANCEL_DURING_CHARGE = "user:cancel-while-provider-charges";
    static final String CANCEL_DURING_STALL = "user:cancel-while-s3-stalled-on-its-database";
    static final String PLACE_AT_ONCE = "user:same-order-sent-four-times-at-once";
    static final String DECLINED = "user:declined-card";
    static final String PROVIDER_ERRORS = "provider:keeps-failing";
    static final String PROVIDER_SLOW = "provider:slow";
    static final String S3_STALLED_PAST_TIMEOUT = "stall:s3-database-past-client-timeout";

    static final List<String> KINDS = List.of(CANCEL_AFTER, CANCEL_TWICE, CANCEL_DURING_CHARGE, CANCEL_DURING_STALL,
            PLACE_AT_ONCE, DECLINED, PROVIDER_ERRORS, PROVIDER_SLOW, S3_STALLED_PAST_TIMEOUT);

    private static final Set<String> CANCELLED = Set.of("CANCELLED");
    /** The outcome allowed when healing may outlast the reservation's TTL: completed, or expired and undone. */
    static final Set<String> COMPLETED_OR_EXPIRED = Set.of("FULFILLMENT_CREATED", "FAILED:RESERVATION_EXPIRED");

    /** What a trial ended in and how long its order took to get there. */
    record Outcome(String status, long healMillis) {
    }

    private final Stack stack;
    private final Platform platform;

    UserTrials(Stack stack, Platform platform) {
        this.stack = stack;
        this.platform = platform;
    }

    static boolean isUserKind(String kind) {
        return KINDS.contains(kind);
    }

    Outcome run(String kind, long seed, int trial) {
        String sku = platform.newSku(3, 100 + trial);
        long started = System.nanoTime();
        return switch (kind) {
            case CANCEL_AFTER -> {
                String id = placed(sku, "tok_approve");
                assertThat(platform.cancel(id).statusCode()).isIn(200, 202);
                yield awaitFinal(platform, kind, seed, trial, id, started, CANCELLED);
            }
            case CANCEL_TWICE -> {
                String id = placed(sku, "tok_approve");
                var first = CompletableFuture.supplyAsync(() -> platform.cancel(id).statusCode());
                var second = CompletableFuture.supplyAsync(() -> platform.cancel(id).statusCode());
                assertThat(List.of(first.join(), second.join())).allMatch(s -> s == 200 || s == 202);
                yield awaitFinal(platform, kind, seed, trial, id, started, CANCELLED);
            }
            case CANCEL_DURING_CHARGE -> cancelWhilePaying(kind, seed, trial, sku, "tok_slow", started);
            case CANCEL_DURING_STALL -> {
                Faults.armDelay(stack, Faults.S3_PAYMENT_BEFORE_COMMIT, 3_000);
                yield cancelWhilePaying(kind, seed, trial, sku, "tok_approve", started);
            }
            case PLACE_AT_ONCE -> {
                String id = placedAtOnce(sku, 4, "trial " + trial + " (" + kind + ") of seed " + seed);
                yield awaitFinal(platform, kind, seed, trial, id, started, COMPLETED_OR_EXPIRED);
            }
            case DECLINED -> settles(kind, seed, trial, sku, "tok_decline", started, Set.of("FAILED:PAYMENT_DECLINED"));
            case PROVIDER_ERRORS -> settles(kind, seed, trial, sku, "tok_error", started, Set.of("FAILED:PAYMENT_FAILED"));
            case PROVIDER_SLOW -> settles(kind, seed, trial, sku, "tok_slow", started, COMPLETED_OR_EXPIRED);
            case S3_STALLED_PAST_TIMEOUT -> {
                Faults.armDelay(stack, Faults.S3_PAYMENT_BEFORE_COMMIT, RunningStack.PAYMENT_READ_TIMEOUT_MS + 1_500);
                yield settles(kind, seed, trial, sku, "tok_approve", started, COMPLETED_OR_EXPIRED);
            }
            default -> throw new IllegalArgumentException("not a user trial: " + kind);
        };
    }

    private Outcome settles(String kind, long seed, int trial, String sku, String token, long started,
                            Set<String> allowed) {
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, token);
        return awaitFinal(platform, kind, seed, trial, orderOf(sku, null), started, allowed);
    }

    /** The cancel arrives while the payment is under way; whatever wins, the order must end CANCELLED. */
    private Outcome cancelWhilePaying(String kind, long seed, int trial, String sku, String token, long started) {
        var placing = CompletableFuture.runAsync(() -> platform.placeOrder(UUID.randomUUID().toString(), sku, 1,
                token));
        String id = orderOf(sku, "RESERVED");
        assertThat(platform.cancel(id).statusCode()).isIn(200, 202);
        placing.join();
        return awaitFinal(platform, kind, seed, trial, id, started, CANCELLED);
    }

    /**
     * A client that resends one order (same key, same body) before the first answer: every copy is answered as the
     * one order (201, or 202 while a step is still in doubt), never with an error, and there is only one order.
     */
    private String placedAtOnce(String sku, int copies, String trial) {
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> platform.placeOrder(key, sku, 1, "tok_approve")));
        }
        List<Response> answers = sent.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(Response::statusCode)
                .as("%s: answers to %d copies of one order", trial, copies).allMatch(s -> s == 201 || s == 202);
        assertThat(answers).extracting(a -> a.jsonPath().getString("id")).as(trial).containsOnly(answers.get(0).jsonPath()
                .getString("id"));
        assertThat(platform.orderIdsWithSku(sku)).as(trial).hasSize(1);
        return answers.get(0).jsonPath().getString("id");
    }

    /** A completed order; under load a step may answer 202 first, and recovery then finishes it. */
    private String placed(String sku, String token) {
        int status = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, token).statusCode();
        assertThat(status).isIn(201, 202);
        String id = orderOf(sku, null);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> platform.order(id).getString("status"), s -> !s.equals("NEW") && !s.equals("RESERVED")
                        && !s.equals("PAID"));
        return id;
    }

    private String orderOf(String sku, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> platform.orderIdsWithSku(sku).stream()
                        .filter(id -> status == null || status.equals(platform.order(id).getString("status")))
                        .findFirst(), Optional::isPresent).get();
    }

    /**
     * Waits for the order's final state, which must be one the trial's kind allows; a FAILED order is named
     * with its failure code ({@code FAILED:RESERVATION_EXPIRED}).
     */
    static Outcome awaitFinal(Platform platform, String kind, long seed, int trial, String orderId, long started,
                              Set<String> allowed) {
        String status = await("trial " + trial + " (" + kind + ") of seed " + seed + ": order " + orderId
                + " reaches a final state")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> outcomeOf(platform, orderId), s -> s.startsWith("FULFILLMENT_CREATED")
                        || s.startsWith("FAILED") || s.startsWith("CANCELLED"));
        long healed = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[trial] %d %s order=%s status=%s healed in %d ms%n", trial, kind, orderId, status, healed);
        assertThat(status).as("trial " + trial + " (" + kind + ") of seed " + seed + ": order " + orderId)
                .isIn(allowed);
        return new Outcome(status, healed);
    }

    private static String outcomeOf(Platform platform, String orderId) {
        var order = platform.order(orderId);
        String code = order.getString("failureCode");
        return order.getString("status") + (code == null ? "" : ":" + code);
    }
}
