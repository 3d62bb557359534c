package io.orderflow.payment.adapter.out.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The provider's JSON bodies, as far as this service reads them. */
public final class ProviderJson {

    private ProviderJson() {
    }

    /** Body of {@code POST /v1/charges}: amount in minor units, card token as {@code source}. */
    public record ChargeRequest(long amount, String currency, String source) {
    }

    /** Body of {@code POST /v1/refunds}. */
    public record RefundRequest(String charge) {
    }

    /** A charge; {@code status} is {@code succeeded} or {@code failed}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Charge(String id, String status, String idempotencyKey) {
    }

    /** Answer of {@code GET /v1/charges}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChargeList(List<Charge> data) {
    }

    /** Body of every provider error. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorReply(Error error) {
    }

    /** What went wrong, e.g. type {@code card_error}, code {@code card_declined}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String type, String code, String message) {
    }
}
