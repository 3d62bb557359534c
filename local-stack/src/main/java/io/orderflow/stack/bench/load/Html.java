package io.orderflow.stack.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Small helpers to write the report's HTML tables. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table><tr>");
        header.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
        s.append("</tr>");
        for (List<String> row : rows) {
            s.append("<tr>");
            row.forEach(cell -> s.append("<td>").append(escape(cell)).append("</td>"));
            s.append("</tr>");
        }
        return s.append("</table>").toString();
    }

    /** Rows are the keys of the phases' maps (processes, databases), columns the phases. */
    static String matrix(String corner, List<PhaseResult> phases, Function<PhaseResult, Map<String, Double>> values) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        phases.forEach(p -> keys.addAll(values.apply(p).keySet()));
        List<String> header = new java.util.ArrayList<>(List.of(corner));
        phases.forEach(p -> header.add(p.name()));
        List<List<String>> rows = keys.stream().map(k -> {
            List<String> row = new java.util.ArrayList<>(List.of(k));
            phases.forEach(p -> row.add(number(values.apply(p).get(k))));
            return row;
        }).toList();
        return table(header, rows);
    }

    static String number(Double value) {
        if (value == null) {
            return "–";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
