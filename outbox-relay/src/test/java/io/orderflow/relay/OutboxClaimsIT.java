package io.orderflow.relay;

import static io.orderflow.relay.RelayTestSupport.connect;
import static io.orderflow.relay.RelayTestSupport.exec;
import static io.orderflow.relay.RelayTestSupport.insertSequence;
import static io.orderflow.relay.RelayTestSupport.newAggregateType;
import static io.orderflow.relay.RelayTestSupport.newOutboxDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim decides, in SQL, which rows a relay may send now without overtaking an older row of their aggregate. */
class OutboxClaimsIT {

    @Test
    void aSecondRelaySkipsLockedRowsAndEveryLaterRowOfTheirAggregates() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        List<UUID> a = insertSequence(db, type, "a", 3);
        List<UUID> b = insertSequence(db, type, "b", 2);
        try (Connection one = connect(db); Connection two = connect(db)) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            assertThat(ids(OutboxClaims.claim(one, 1))).containsExactly(a.get(0));
            assertThat(ids(OutboxClaims.claim(two, 10))).as("a's later rows wait for a.0").containsExactlyElementsOf(b);
            one.commit();
            two.rollback();
        }
    }

    @Test
    void aRowWaitingForItsRetryOrDeadHoldsBackItsAggregateButNotOthers() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        List<UUID> a = insertSequence(db, type, "a", 2);
        List<UUID> b = insertSequence(db, type, "b", 2);
        List<UUID> c = insertSequence(db, type, "c", 1);
        try (Connection conn = connect(db)) {
            OutboxClaims.markFailed(conn, a.get(0), 1, "boom", Duration.ofMinutes(1), false);
            OutboxClaims.markFailed(conn, b.get(0), 3, "boom", Duration.ofMinutes(1), true);
            conn.setAutoCommit(false);
            assertThat(ids(OutboxClaims.claim(conn, 10))).containsExactlyElementsOf(c);
            conn.rollback();
        }
        exec(db, "UPDATE outbox SET next_attempt_at = now() - interval '1 second' WHERE id = '" + a.get(0) + "'");
        try (Connection conn = connect(db)) {
            conn.setAutoCommit(false);
            List<OutboxRow> due = OutboxClaims.claim(conn, 10);
            assertThat(ids(due)).containsExactly(a.get(0), a.get(1), c.get(0));
            assertThat(due.get(0).attempts()).isEqualTo(1);
            conn.rollback();
        }
    }

    private static List<UUID> ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }
}
