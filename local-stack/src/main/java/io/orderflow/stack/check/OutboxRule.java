package io.orderflow.stack.check;

import java.util.List;

/**
 * Rule 5: every outbox row reached Kafka, on the topic the relay routes its aggregate type to, and none is dead (given
 * up on by the polling relay: it never will, and it holds back its aggregate's later rows).
 */
final class OutboxRule {

    private OutboxRule() {
    }

    static void check(OutboxSnapshot outbox, EventsSnapshot events, List<Violation> out) {
        for (String partition : events.unreadPartitions()) {
            out.add(new Violation(Rules.OUTBOX_PUBLISHED, partition, "not read up to its end offset before the "
                    + "timeout, so events on it may be reported missing"));
        }
        for (OutboxSnapshot.Row row : outbox.rows()) {
            if (OutboxSnapshot.BENCHMARK.equals(row.aggregateType())) {
                continue;
            }
            if (row.dead()) {
                out.add(new Violation(Rules.OUTBOX_PUBLISHED, row.aggregateId(), "outbox row " + row.id() + " ("
                        + row.type() + ", database " + row.database() + ") is dead: the relay gave up on it, so it "
                        + "will never reach " + row.topic()));
            } else if (!events.contains(row.topic(), row.id().toString())) {
                out.add(new Violation(Rules.OUTBOX_PUBLISHED, row.aggregateId(), "outbox row " + row.id() + " ("
                        + row.type() + ", database " + row.database() + ") is not on " + row.topic()));
            }
        }
    }
}
