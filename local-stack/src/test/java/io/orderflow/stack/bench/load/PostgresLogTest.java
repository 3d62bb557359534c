package io.orderflow.stack.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresLogTest {

    private static final String T = "2026-12-01 18:10:00.123 UTC ";

    @Test
    void statementsBetweenTheMarkersAreGroupedByDatabaseAndTransactionWithTheirParameters() {
        List<String> log = List.of(
                T + "[7] db=orders vxid=3/1 LOG:  execute <unnamed>: insert into orders values ($1)",
                T + "[9] db=postgres vxid=5/1 LOG:  statement: SELECT 'begin m1'",
                T + "[7] db=orders vxid=3/2 LOG:  execute S_1: BEGIN",
                T + "[7] db=orders vxid=3/2 LOG:  execute <unnamed>: insert into orders (id, status)",
                "\tvalues ($1, $2)",
                T + "[7] db=orders vxid=3/2 DETAIL:  Parameters: $1 = 'a1', $2 = 'PLACED'",
                T + "[8] db=inventory vxid=4/9 LOG:  execute <unnamed>: select * from stock where sku = $1",
                T + "[7] db=orders vxid=3/2 LOG:  execute S_2: COMMIT",
                T + "[8] db=inventory vxid=4/10 LOG:  execute <unnamed>: update stock set on_hand = on_hand - 1",
                T + "[9] db=postgres vxid=5/2 LOG:  statement: SELECT 'end m1'",
                T + "[7] db=orders vxid=3/3 LOG:  execute <unnamed>: delete from outbox");

        Map<String, List<PostgresLog.Statement>> byDatabase = PostgresLog.between(log, "begin m1", "end m1");

        assertThat(byDatabase).containsOnlyKeys("orders", "inventory");
        List<PostgresLog.Statement> orders = byDatabase.get("orders");
        assertThat(orders).extracting(PostgresLog.Statement::verb).containsExactly("begin", "insert", "commit");
        assertThat(orders.get(1).sql()).isEqualTo("insert into orders (id, status)\n\tvalues ($1, $2)");
        assertThat(orders.get(1).parameters()).isEqualTo("$1 = 'a1', $2 = 'PLACED'");
        assertThat(PostgresLog.transactions(orders)).containsOnlyKeys("7/3/2");
        assertThat(PostgresLog.transactions(byDatabase.get("inventory"))).hasSize(2);
        assertThat(byDatabase.get("inventory")).extracting(PostgresLog.Statement::isWrite).containsExactly(false, true);
    }
}
