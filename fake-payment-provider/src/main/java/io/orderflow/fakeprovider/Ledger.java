package io.orderflow.fakeprovider;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every charge and refund the provider made, in memory and, when a journal is configured, on disk. */
final class Ledger implements AutoCloseable {

    private final Journal journal;
    private final List<Charge> charges = new CopyOnWriteArrayList<>();
    private final Map<String, Charge> chargesById = new ConcurrentHashMap<>();
    private final Map<String, Charge> chargesByKey = new ConcurrentHashMap<>();
    private final Map<String, Refund> refundsByCharge = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Ledger(Journal journal) {
        this.journal = journal;
    }

    static Ledger open(Path dataDir) {
        if (dataDir == null) {
            return new Ledger(null);
        }
        Journal journal = Journal.open(dataDir);
        Ledger ledger = new Ledger(journal);
        for (Journal.Entry entry : journal.readAll()) {
            if (entry.charge() != null) {
                ledger.remember(entry.charge());
            } else if (entry.refund() != null) {
                ledger.refundsByCharge.put(entry.refund().charge(), entry.refund());
            }
        }
        return ledger;
    }

    /** One monitor per name, so requests for the same key (or charge) run one after the other. */
    Object lockFor(String name) {
        return locks.computeIfAbsent(name, n -> new Object());
    }

    /** The charge exactly as first recorded for this idempotency key. */
    Optional<Charge> chargeRecordedFor(String idempotencyKey) {
        return Optional.ofNullable(chargesByKey.get(idempotencyKey));
    }

    Optional<Charge> charge(String chargeId) {
        return Optional.ofNullable(chargesById.get(chargeId)).map(this::current);
    }

    List<Charge> charges() {
        return charges.stream().map(this::current).toList();
    }

    Charge current(Charge charge) {
        return charge.withRefunded(refundsByCharge.containsKey(charge.id()));
    }

    void record(Charge charge) {
        if (journal != null) {
            journal.append(new Journal.Entry(charge, null));
        }
        remember(charge);
    }

    Optional<Refund> refundOf(String chargeId) {
        return Optional.ofNullable(refundsByCharge.get(chargeId));
    }

    List<Refund> refunds() {
        return List.copyOf(refundsByCharge.values());
    }

    void record(Refund refund) {
        if (journal != null) {
            journal.append(new Journal.Entry(null, refund));
        }
        refundsByCharge.put(refund.charge(), refund);
    }

    private void remember(Charge charge) {
        charges.add(charge);
        chargesById.put(charge.id(), charge);
        chargesByKey.put(charge.idempotencyKey(), charge);
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
