package io.orderflow.stack.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements from a PostgreSQL server log written with {@link #LINE_PREFIX}, grouped by database and by transaction
 * (backend pid and virtual transaction id), in the order the server logged them.
 */
final class PostgresLog {

    /** The prefix the capture sets: time, backend pid, database, virtual transaction id. */
    static final String LINE_PREFIX = "%m [%p] db=%d vxid=%v ";

    private static final Pattern LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[(\\d+)] db=(\\S*) vxid=(\\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING):\\s+(.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]+): (.*)$", Pattern.DOTALL);

    /** One statement, with the parameters the server logged for it. */
    record Statement(String pid, String vxid, String sql, String parameters) {

        boolean isWrite() {
            String verb = verb();
            return verb.equals("insert") || verb.equals("update") || verb.equals("delete") || verb.equals("merge")
                    || sql.toLowerCase(Locale.ROOT).contains(" for update");
        }

        String verb() {
            String trimmed = sql.stripLeading().toLowerCase(Locale.ROOT);
            int space = trimmed.indexOf(' ');
            return (space < 0 ? trimmed : trimmed.substring(0, space)).replace(";", "");
        }
    }

    private PostgresLog() {
    }

    /** Statements per database, from the log lines between (and excluding) the two markers. */
    static Map<String, List<Statement>> between(List<String> lines, String beginMarker, String endMarker) {
        Map<String, List<Statement>> byDatabase = new TreeMap<>();
        boolean inside = false;
        Statement last = null;
        String lastDatabase = null;
        for (String line : lines) {
            if (line.contains(beginMarker) || line.contains(endMarker)) {
                inside = line.contains(beginMarker);
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!inside) {
                continue;
            }
            if (!m.matches()) {
                if (last != null) { // a continuation line of a multi-line statement
                    last = replaceLast(byDatabase.get(lastDatabase), new Statement(last.pid(), last.vxid(),
                            last.sql() + "\n" + line, last.parameters()));
                }
                continue;
            }
            Matcher statement = STATEMENT.matcher(m.group(5));
            if (m.group(4).equals("LOG") && statement.matches()) {
                lastDatabase = m.group(2);
                last = new Statement(m.group(1), m.group(3), statement.group(1), "");
                byDatabase.computeIfAbsent(lastDatabase, d -> new ArrayList<>()).add(last);
            } else if (m.group(4).equals("DETAIL") && m.group(5).toLowerCase(Locale.ROOT).startsWith("parameters:")
                    && last != null) {
                last = replaceLast(byDatabase.get(lastDatabase), new Statement(last.pid(), last.vxid(), last.sql(),
                        m.group(5).substring("parameters:".length()).trim()));
            } else {
                last = null;
            }
        }
        return byDatabase;
    }

    /** The statements of one database as transactions: key pid/vxid, in order of their first statement. */
    static Map<String, List<Statement>> transactions(List<Statement> statements) {
        Map<String, List<Statement>> tx = new LinkedHashMap<>();
        for (Statement s : statements) {
            tx.computeIfAbsent(s.pid() + "/" + s.vxid(), k -> new ArrayList<>()).add(s);
        }
        return tx;
    }

    private static Statement replaceLast(List<Statement> list, Statement replacement) {
        list.set(list.size() - 1, replacement);
        return replacement;
    }
}
