package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One database's captured statements as a readable file: transaction by transaction, parameters as comments. */
final class CapturedSql {

    private CapturedSql() {
    }

    static void write(Path file, String database, String order, List<PostgresLog.Statement> statements) {
        StringBuilder s = new StringBuilder("-- " + summary(database, statements) + "\n-- order " + order
                + ", captured by bin/capture-order-sql from PostgreSQL's statement log\n");
        int n = 0;
        for (Map.Entry<String, List<PostgresLog.Statement>> tx : PostgresLog.transactions(statements).entrySet()) {
            boolean writes = tx.getValue().stream().anyMatch(PostgresLog.Statement::isWrite);
            s.append("\n-- transaction ").append(++n).append(" (backend/vxid ").append(tx.getKey()).append(")")
                    .append(writes ? " WRITES" : " read only").append('\n');
            for (PostgresLog.Statement st : tx.getValue()) {
                s.append(st.sql().strip()).append(";\n");
                if (!st.parameters().isEmpty()) {
                    s.append("--   ").append(st.parameters()).append('\n');
                }
            }
        }
        try {
            Files.writeString(file, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(String database, List<PostgresLog.Statement> statements) {
        Map<String, List<PostgresLog.Statement>> transactions = PostgresLog.transactions(statements);
        long writing = transactions.values().stream()
                .filter(tx -> tx.stream().anyMatch(PostgresLog.Statement::isWrite)).count();
        long writes = statements.stream().filter(PostgresLog.Statement::isWrite).count();
        return String.format("%s: %d statements in %d transactions; %d transactions write (%d write statements)",
                database, statements.size(), transactions.size(), writing, writes);
    }
}
