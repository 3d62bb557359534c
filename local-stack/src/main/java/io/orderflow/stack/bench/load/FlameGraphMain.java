package io.orderflow.stack.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bin/flame-graph RECORDING.jfr OUT.svg [min-box-width-px=1]}: a flame graph of any JFR recording, as the
 * load test's profile draws them, and its CPU samples by library.
 */
public final class FlameGraphMain {

    private FlameGraphMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: bin/flame-graph RECORDING.jfr OUT.svg [min-box-width-px=1]");
            System.exit(2);
        }
        Path jfr = Path.of(args[0]);
        FlameGraph graph = FlameGraph.of(jfr);
        double minWidth = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        Files.writeString(Path.of(args[1]), graph.svg(jfr.getFileName().toString(), minWidth));
        System.out.println(graph.samples() + " samples; by library:");
        graph.libraries().forEach(l -> System.out.printf("  %5.1f %%  %s%n", 100 * l.getValue(), l.getKey()));
    }
}
