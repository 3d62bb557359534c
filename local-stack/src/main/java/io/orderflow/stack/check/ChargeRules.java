package io.orderflow.stack.check;

import static io.orderflow.stack.check.Index.describe;
import static io.orderflow.stack.check.Index.get;

import io.orderflow.stack.check.PaymentsSnapshot.Fulfillment;
import io.orderflow.stack.check.PaymentsSnapshot.Payment;
import io.orderflow.stack.check.ProviderSnapshot.Charge;
import java.util.List;

/** Rule 4: the provider's charges, the payments and the fulfillments tell the same story. */
final class ChargeRules {

    private ChargeRules() {
    }

    static void check(Snapshot s, Index index, List<Violation> out) {
        for (Charge c : s.provider().charges()) {
            if (c.succeeded()) {
                chargeHasOnePayment(c, index, out);
            }
        }
        for (Payment p : s.payments().payments()) {
            if ("CAPTURED".equals(p.status()) || "REFUNDED".equals(p.status())) {
                paymentMatchesCharge(p, index, out);
                paymentMatchesFulfillment(p, index, out);
            }
        }
    }

    private static void chargeHasOnePayment(Charge c, Index index, List<Violation> out) {
        List<Payment> payments = get(index.paymentsByChargeId, c.id());
        if (payments.size() == 1) {
            return;
        }
        String message = "succeeded charge (" + c.amount() + " " + c.currency() + ", refunded " + c.refunded()
                + ", idempotency key " + c.idempotencyKey() + ") has " + payments.size()
                + " payments with that provider_charge_id";
        if (payments.isEmpty()) {
            // Tells a payment that never recorded its charge apart from money taken with no payment at all.
            message += "; payments with its idempotency key: " + describe(get(index.paymentsByKey, c.idempotencyKey()));
        }
        out.add(new Violation(Rules.CHARGE_MATCHES_PAYMENT, c.id(), message));
    }

    private static void paymentMatchesCharge(Payment p, Index index, List<Violation> out) {
        String what = p.status() + " payment " + p.id();
        if (p.providerChargeId() == null) {
            out.add(violation(p, what + " has no provider_charge_id"));
            return;
        }
        List<Charge> charges = get(index.chargesById, p.providerChargeId());
        if (charges.isEmpty()) {
            out.add(violation(p, what + " names charge " + p.providerChargeId() + ", which the provider does not have"));
            return;
        }
        Charge c = charges.get(0);
        if ("CAPTURED".equals(p.status()) && !c.holdsMoney()) {
            out.add(violation(p, what + " but its charge " + c.id() + " is " + c.status()
                    + (c.refunded() ? " and refunded" : "")));
        } else if ("REFUNDED".equals(p.status()) && !c.refunded()) {
            out.add(violation(p, what + " but its charge " + c.id() + " is not refunded at the provider"));
        }
    }

    private static void paymentMatchesFulfillment(Payment p, Index index, List<Violation> out) {
        List<Fulfillment> fulfillments = get(index.fulfillmentsByPayment, p.id());
        long live = fulfillments.stream()
                .filter(f -> "REQUESTED".equals(f.status()) || "DISPATCHED".equals(f.status())).count();
        if ("CAPTURED".equals(p.status()) && live == 0) {
            out.add(violation(p, "CAPTURED payment " + p.id() + " has no REQUESTED or DISPATCHED fulfillment; found "
                    + describe(fulfillments)));
        } else if ("REFUNDED".equals(p.status()) && live > 0) {
            out.add(violation(p, "REFUNDED payment " + p.id() + " still has a live fulfillment: "
                    + describe(fulfillments)));
        }
    }

    private static Violation violation(Payment p, String message) {
        return new Violation(Rules.CHARGE_MATCHES_PAYMENT, String.valueOf(p.orderId()), message);
    }
}
