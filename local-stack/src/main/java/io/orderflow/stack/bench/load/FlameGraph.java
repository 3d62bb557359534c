package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flame graph (SVG, the root at the bottom, one box per method, as wide as the share of CPU samples below it) of
 * the execution samples in a JFR recording, and the share of samples by library: the topmost frame outside the JDK
 * names the library whose code (or the JDK code it called) was running.
 */
final class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int ROW = 16;

    private final Node root = new Node("all");
    private final Map<String, Integer> byLibrary = new TreeMap<>();
    private int samples;

    private static final class Node {
        final String name;
        final Map<String, Node> children = new LinkedHashMap<>();
        int count;

        Node(String name) {
            this.name = name;
        }
    }

    static FlameGraph of(Path jfr) throws IOException {
        FlameGraph graph = new FlameGraph();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                graph.add(event.getStackTrace().getFrames());
            }
        }
        return graph;
    }

    private void add(List<RecordedFrame> topFirst) {
        samples++;
        root.count++;
        Node node = root;
        for (int i = topFirst.size() - 1; i >= 0; i--) {
            String name = frameName(topFirst.get(i));
            node = node.children.computeIfAbsent(name, Node::new);
            node.count++;
        }
        byLibrary.merge(library(topFirst), 1, Integer::sum);
    }

    int samples() {
        return samples;
    }

    /** Share of samples (0..1) by library, largest first. */
    List<Map.Entry<String, Double>> libraries() {
        List<Map.Entry<String, Double>> shares = new ArrayList<>();
        byLibrary.forEach((lib, n) -> shares.add(Map.entry(lib, samples == 0 ? 0 : (double) n / samples)));
        shares.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return shares;
    }

    String svg(String title) {
        return svg(title, 1);
    }

    /** The graph without boxes narrower than {@code minWidth} pixels (a smaller file, the same picture). */
    String svg(String title, double minWidth) {
        int depth = depth(root);
        int height = (depth + 2) * ROW + 30;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='").append(height)
                .append("' font-family='monospace' font-size='11'>\n<text x='4' y='16' font-size='14'>")
                .append(Html.escape(title + " — " + samples + " CPU samples; hover for a method's share"))
                .append("</text>\n");
        draw(s, root, 0, WIDTH, height - ROW, minWidth);
        return s.append("</svg>\n").toString();
    }

    private void draw(StringBuilder s, Node node, double x, double width, int y, double minWidth) {
        if (width < minWidth) {
            return;
        }
        String label = node.name + " (" + String.format("%.1f", 100.0 * node.count / Math.max(1, samples)) + " %)";
        s.append("<g><title>").append(Html.escape(label)).append("</title><rect x='")
                .append(String.format("%.1f", x)).append("' y='").append(y).append("' width='")
                .append(String.format("%.1f", Math.max(0.1, width - 0.5))).append("' height='").append(ROW - 1)
                .append("' fill='").append(colour(node.name)).append("'/>");
        int chars = (int) (width / 7);
        if (chars >= 4) {
            String text = node.name.length() > chars ? node.name.substring(0, chars - 2) + ".." : node.name;
            s.append("<text x='").append(String.format("%.1f", x + 2)).append("' y='").append(y + ROW - 4)
                    .append("'>").append(Html.escape(text)).append("</text>");
        }
        s.append("</g>\n");
        double childX = x;
        for (Node child : node.children.values()) {
            double childWidth = width * child.count / node.count;
            draw(s, child, childX, childWidth, y - ROW, minWidth);
            childX += childWidth;
        }
    }

    private static int depth(Node node) {
        int deepest = 0;
        for (Node child : node.children.values()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest + 1;
    }

    private static String frameName(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static String library(List<RecordedFrame> topFirst) {
        for (RecordedFrame frame : topFirst) {
            String library = JavaLibraries.of(frame.getMethod().getType().getName());
            if (library != null) {
                return library;
            }
        }
        return topFirst.isEmpty() ? "?" : "JDK only";
    }

    private static String colour(String frame) {
        String library = JavaLibraries.of(frame);
        if (library == null) {
            return "hsl(200,30%,75%)";
        }
        return "hsl(" + Math.floorMod(library.hashCode(), 60) + ",80%," + (library.equals("orderflow") ? "70%" : "60%")
                + ")";
    }
}
