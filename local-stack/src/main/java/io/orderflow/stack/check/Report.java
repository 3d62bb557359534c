package io.orderflow.stack.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of a check, printable as a summary. */
public record Report(int orders, List<Violation> violations) {

    public boolean consistent() {
        return violations.isEmpty();
    }

    /** Violations per rule, every rule of {@link Rules#ALL} included, in rule order. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Rules.ALL.forEach(rule -> counts.put(rule, 0));
        violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        return counts;
    }

    /** Counts per rule, then one line per violation, then {@code consistency: N orders, M violations}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("violations per rule:");
        countsByRule().forEach((rule, count) -> lines.add(String.format("  %-24s %d", rule, count)));
        violations.forEach(v -> lines.add(v.toString()));
        lines.add("consistency: " + orders + " orders, " + violations.size() + " violations");
        return lines;
    }

    public void print(PrintStream out) {
        lines().forEach(out::println);
        out.flush();
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines());
    }
}
