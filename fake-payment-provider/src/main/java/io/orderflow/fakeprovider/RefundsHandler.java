package io.orderflow.fakeprovider;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code POST /v1/refunds}: refunds a whole succeeded charge, at most once; {@code GET /v1/refunds} lists them. */
final class RefundsHandler implements HttpHandler {

    private final Ledger ledger;
    private final Clock clock;

    RefundsHandler(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/v1/refunds")) {
            HttpIo.send(exchange, 404, ErrorReply.of("invalid_request_error", "resource_missing", "no such endpoint"));
        } else if ("POST".equals(exchange.getRequestMethod())) {
            create(exchange);
        } else if ("GET".equals(exchange.getRequestMethod())) {
            HttpIo.send(exchange, 200, Map.of("data", ledger.refunds()));
        } else {
            HttpIo.methodNotAllowed(exchange);
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst(ChargesHandler.IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            HttpIo.badRequest(exchange, "an Idempotency-Key header is required");
            return;
        }
        JsonNode body = HttpIo.readJson(exchange);
        if (body == null || !body.path("charge").isTextual()) {
            HttpIo.badRequest(exchange, "charge (the id of the charge to refund) is required");
            return;
        }
        String chargeId = body.get("charge").asText();
        // Locked per charge, not per key: a charge is refunded at most once whatever keys the callers use.
        synchronized (ledger.lockFor("refund:" + chargeId)) {
            Optional<Refund> earlier = ledger.refundOf(chargeId);
            if (earlier.isPresent()) {
                HttpIo.send(exchange, 200, earlier.get());
                return;
            }
            Optional<Charge> charge = ledger.charge(chargeId);
            if (charge.isEmpty()) {
                HttpIo.send(exchange, 404, ErrorReply.of("invalid_request_error", "resource_missing",
                        "No such charge: '" + chargeId + "'"));
                return;
            }
            if (!charge.get().succeeded()) {
                HttpIo.send(exchange, 400, ErrorReply.of("invalid_request_error", "charge_failed",
                        "Charge " + chargeId + " failed; there is nothing to refund."));
                return;
            }
            Refund refund = new Refund("re_" + UUID.randomUUID(), chargeId, charge.get().amount(),
                    charge.get().currency(), Charge.SUCCEEDED, key, clock.instant());
            ledger.record(refund);
            HttpIo.send(exchange, 200, refund);
        }
    }
}
