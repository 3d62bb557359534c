package io.orderflow.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code ./stack}: starts the whole platform, prints where everything is, stops it on Ctrl-C. */
public final class StackMain {

    private StackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("orderflow.root", ".")).toAbsolutePath().normalize();
        StackConfig config;
        try {
            config = StackConfig.parse(root, args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Stack stack = Stack.create(config, Map.of(), System.out::println);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before the first process starts: Ctrl-C during the start stops what already runs.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping the stack...");
            stack.close();
            System.out.println("stopped; data kept in " + config.dataDir());
            stopped.countDown();
        }, "stack-shutdown"));
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            if (stack.closing()) {
                stopped.await();
                return;
            }
            System.err.println("\nstack: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        double upSeconds = (System.nanoTime() - started) / 1e9;
        StartupTimes.write(config.dataDir(), upSeconds, stack.readySeconds());
        System.out.println(Summary.of(stack, upSeconds));
        stopped.await();
    }
}
