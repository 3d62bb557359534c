package io.orderflow.stack.bench.load;

import java.util.List;
import java.util.Locale;

/** A line chart as inline SVG, so the report is one self-contained page. */
final class SvgChart {

    /** One line: a name for the legend, a colour, and y per x (x is the index). */
    record Series(String name, String color, double[] values) {
    }

    /** A labelled stretch of the x axis (one phase of the run). */
    record Band(String label, int from, int to) {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 260;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 30;

    private SvgChart() {
    }

    /** A chart of the series over their common x axis; {@code log} draws y on a base-10 log scale (values >= 1). */
    static String draw(String yLabel, List<Series> series, List<Band> bands, boolean log) {
        int points = series.stream().mapToInt(s -> s.values().length).max().orElse(0);
        double max = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).max().orElse(1);
        double top = log ? Math.pow(10, Math.ceil(Math.log10(Math.max(10, max)))) : niceCeiling(max);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' "
                        + "font-size='11'>", WIDTH, HEIGHT));
        bands(svg, bands, points);
        axis(svg, yLabel, top, log);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder path = new StringBuilder();
            for (int x = 0; x < s.values().length; x++) {
                path.append(x == 0 ? "M" : "L").append(fmt(px(x, points))).append(',')
                        .append(fmt(py(s.values()[x], top, log))).append(' ');
            }
            svg.append(String.format("<path d='%s' fill='none' stroke='%s' stroke-width='1.2'/>", path, s.color()));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s</text>",
                    WIDTH - RIGHT - 110, TOP + 14 + i * 14, s.color(), Html.escape(s.name())));
        }
        return svg.append("</svg>").toString();
    }

    private static void bands(StringBuilder svg, List<Band> bands, int points) {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            double x0 = px(b.from(), points);
            double x1 = px(b.to(), points);
            svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'/>",
                    x0, TOP, Math.max(0, x1 - x0), HEIGHT - TOP - BOTTOM, i % 2 == 0 ? "#f4f4f4" : "#ffffff"));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' fill='#555'>%s</text>", x0 + 3, TOP - 6,
                    Html.escape(b.label())));
        }
    }

    private static void axis(StringBuilder svg, String yLabel, double top, boolean log) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>", LEFT, TOP, LEFT, bottom));
        svg.append(String.format("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>", LEFT, bottom,
                WIDTH - RIGHT, bottom));
        for (int t = 0; t <= 4; t++) {
            double value = log ? Math.pow(10, Math.log10(top) * t / 4) : top * t / 4;
            double y = py(value, top, log);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>"
                    + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>", LEFT, y, WIDTH - RIGHT, y, LEFT - 4,
                    y + 4, value >= 100 ? String.format("%.0f", value) : fmt(value)));
        }
        svg.append(String.format("<text x='%d' y='%d' transform='rotate(-90 %d %d)' text-anchor='middle'>%s</text>",
                14, (TOP + bottom) / 2, 14, (TOP + bottom) / 2, Html.escape(yLabel)));
        svg.append(String.format("<text x='%d' y='%d' text-anchor='middle'>seconds of load (phases back to back)"
                + "</text>", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6));
    }

    private static double px(int x, int points) {
        return LEFT + (double) x * (WIDTH - LEFT - RIGHT) / Math.max(1, points - 1);
    }

    private static double py(double value, double top, boolean log) {
        double fraction = log ? Math.log10(Math.max(1, value)) / Math.log10(top) : value / top;
        return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
