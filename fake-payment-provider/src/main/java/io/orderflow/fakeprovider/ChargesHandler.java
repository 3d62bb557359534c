package io.orderflow.fakeprovider;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code POST /v1/charges} (idempotent per Idempotency-Key) and {@code GET /v1/charges[?idempotency_key=]}. */
final class ChargesHandler implements HttpHandler {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Ledger ledger;
    private final Duration slowChargeDelay;
    private final Clock clock;

    ChargesHandler(Ledger ledger, Duration slowChargeDelay, Clock clock) {
        this.ledger = ledger;
        this.slowChargeDelay = slowChargeDelay;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/v1/charges")) {
            HttpIo.send(exchange, 404, ErrorReply.of("invalid_request_error", "resource_missing", "no such endpoint"));
        } else if ("POST".equals(exchange.getRequestMethod())) {
            create(exchange);
        } else if ("GET".equals(exchange.getRequestMethod())) {
            list(exchange);
        } else {
            HttpIo.methodNotAllowed(exchange);
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        String key = HttpIo.query(exchange).get("idempotency_key");
        List<Charge> data = key == null ? ledger.charges()
                : ledger.chargeRecordedFor(key).map(ledger::current).stream().toList();
        HttpIo.send(exchange, 200, Map.of("data", data));
    }

    private void create(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            HttpIo.badRequest(exchange, "an Idempotency-Key header is required");
            return;
        }
        JsonNode body = HttpIo.readJson(exchange);
        String invalid = validate(body);
        if (invalid != null) {
            HttpIo.badRequest(exchange, invalid);
            return;
        }
        synchronized (ledger.lockFor("charge:" + key)) {
            var earlier = ledger.chargeRecordedFor(key);
            if (earlier.isPresent()) {
                reply(exchange, earlier.get());
                return;
            }
            TokenOutcome outcome = TokenOutcome.of(body.get("source").asText());
            if (outcome == TokenOutcome.SERVER_ERROR) {
                HttpIo.send(exchange, 500, ErrorReply.of("api_error", null,
                        "An error occurred with our API; nothing was charged."));
                return;
            }
            if (outcome == TokenOutcome.SLOW_APPROVE) {
                pause();
            }
            Charge charge = new Charge("ch_" + UUID.randomUUID(),
                    outcome == TokenOutcome.DECLINE ? Charge.FAILED : Charge.SUCCEEDED,
                    body.get("amount").asLong(), body.get("currency").asText(), key, false, clock.instant());
            ledger.record(charge);
            reply(exchange, charge);
        }
    }

    private static void reply(HttpExchange exchange, Charge charge) throws IOException {
        if (charge.succeeded()) {
            HttpIo.send(exchange, 201, charge);
        } else {
            HttpIo.send(exchange, 402, ErrorReply.declined(charge));
        }
    }

    private static String validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "the body must be a JSON object";
        }
        JsonNode amount = body.path("amount");
        if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() < 0) {
            return "amount must be a whole, non-negative number of minor units";
        }
        if (!CURRENCY.matcher(body.path("currency").asText()).matches()) {
            return "currency must be an ISO 4217 code such as EUR";
        }
        if (!body.path("source").isTextual() || body.get("source").asText().isBlank()) {
            return "source (a card token) is required";
        }
        return null;
    }

    private void pause() {
        try {
            Thread.sleep(slowChargeDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
