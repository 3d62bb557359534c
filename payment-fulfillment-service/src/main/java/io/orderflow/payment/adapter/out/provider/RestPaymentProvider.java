package io.orderflow.payment.adapter.out.provider;

import io.orderflow.faults.FaultInjector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.payment.adapter.out.metrics.PaymentCounters;
import io.orderflow.payment.application.ChargeInDoubtException;
import io.orderflow.payment.application.PaymentProvider;
import io.orderflow.payment.application.ProviderUnavailableException;
import io.orderflow.payment.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The payment provider over HTTP: turns its status codes and bodies into the port's answers. */
@ApplicationScoped
public class RestPaymentProvider implements PaymentProvider {

    private final FaultInjector faults;

    private final GuardedProviderCalls calls;
    private final ObjectMapper json;
    private final PaymentCounters counters;

    public RestPaymentProvider(GuardedProviderCalls calls, ObjectMapper json, FaultInjector faults,
                               PaymentCounters counters) {
        this.faults = faults;
        this.calls = calls;
        this.json = json;
        this.counters = counters;
    }

    @Override
    public ChargeResult charge(String idempotencyKey, Money amount, String paymentToken) {
        try {
            return chargeOnce(idempotencyKey, amount, paymentToken);
        } catch (ChargeInDoubtException e) {
            counters.chargeFailed();
            throw e;
        }
    }

    private ChargeResult chargeOnce(String idempotencyKey, Money amount, String paymentToken) {
        ProviderReply reply;
        try {
            reply = calls.charge(idempotencyKey,
                    new ProviderJson.ChargeRequest(amount.amountMinor(), amount.currency(), paymentToken));
        } catch (RuntimeException e) {
            // Timeout, dropped connection, 5xx or an open circuit: the charge may exist.
            throw new ChargeInDoubtException("no answer from the payment provider: " + e, e);
        }
        faults.at("payment.charged-before-commit");
        try {
            return switch (reply.status()) {
                case 200, 201 -> approved(read(reply, ProviderJson.Charge.class));
                case 402 -> new Declined(reason(read(reply, ProviderJson.ErrorReply.class)));
                case 400 -> new Declined("the payment provider rejected the charge: "
                        + reason(read(reply, ProviderJson.ErrorReply.class)));
                default -> throw new ChargeInDoubtException("unexpected answer HTTP " + reply.status(), null);
            };
        } catch (JsonProcessingException e) {
            throw new ChargeInDoubtException("unreadable answer HTTP " + reply.status() + ": " + reply.body(), e);
        }
    }

    @Override
    public Optional<ChargeLookup> findCharge(String idempotencyKey) {
        try {
            ProviderReply reply = calls.findCharges(idempotencyKey);
            if (reply.status() != 200) {
                throw new ProviderUnavailableException("the payment provider could not look the charge up: HTTP "
                        + reply.status());
            }
            // Filter on the key too: taking a charge that is not this payment's would be far worse than none.
            return read(reply, ProviderJson.ChargeList.class).data().stream()
                    .filter(charge -> idempotencyKey.equals(charge.idempotencyKey()))
                    .filter(charge -> "succeeded".equals(charge.status()) || "failed".equals(charge.status()))
                    .findFirst()
                    .map(charge -> new ChargeLookup(charge.id(), "succeeded".equals(charge.status())));
        } catch (ProviderUnavailableException e) {
            throw e;
        } catch (RuntimeException | JsonProcessingException e) {
            throw new ProviderUnavailableException("the payment provider could not look the charge up: " + e, e);
        }
    }

    @Override
    public void refund(String chargeId, String idempotencyKey) {
        ProviderReply reply;
        try {
            reply = calls.refund(idempotencyKey, new ProviderJson.RefundRequest(chargeId));
        } catch (RuntimeException e) {
            throw new ProviderUnavailableException("the payment provider did not confirm the refund of charge "
                    + chargeId + ": " + e, e);
        }
        if (reply.status() != 200 && reply.status() != 201) {
            throw new ProviderUnavailableException("the payment provider refused the refund of charge " + chargeId
                    + ": HTTP " + reply.status() + " " + reply.body());
        }
    }

    private static ChargeResult approved(ProviderJson.Charge charge) {
        if (charge.id() == null || !"succeeded".equals(charge.status())) {
            throw new ChargeInDoubtException("charge answered with status " + charge.status(), null);
        }
        return new Approved(charge.id());
    }

    private static String reason(ProviderJson.ErrorReply reply) {
        if (reply.error() == null || reply.error().message() == null) {
            return "declined by the payment provider";
        }
        String code = reply.error().code();
        return reply.error().message() + (code == null ? "" : " (" + code + ")");
    }

    private <T> T read(ProviderReply reply, Class<T> type) throws JsonProcessingException {
        return json.readValue(reply.body(), type);
    }
}
