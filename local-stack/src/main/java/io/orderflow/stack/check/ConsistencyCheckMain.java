package io.orderflow.stack.check;

import java.time.Duration;

/**
 * {@code bin/check-consistency [--jdbc=URL] [--provider=URL] [--kafka=SERVERS] [--kafka-timeout=SECONDS]}:
 * prints the report; exits 0 when consistent, 1 on violations, 2 when the check itself could not run.
 */
public final class ConsistencyCheckMain {

    private ConsistencyCheckMain() {
    }

    public static void main(String[] args) {
        String jdbc = Sources.DEFAULT_JDBC;
        String provider = Sources.DEFAULT_PROVIDER;
        String kafka = Sources.DEFAULT_KAFKA;
        Duration kafkaTimeout = ConsistencyChecker.DEFAULT_KAFKA_TIMEOUT;
        for (String arg : args) {
            if (arg.startsWith("--jdbc=")) {
                jdbc = value(arg);
            } else if (arg.startsWith("--provider=")) {
                provider = value(arg);
            } else if (arg.startsWith("--kafka=")) {
                kafka = value(arg);
            } else if (arg.startsWith("--kafka-timeout=")) {
                kafkaTimeout = Duration.ofSeconds(Long.parseLong(value(arg)));
            } else {
                System.err.println("unknown argument " + arg + "; usage: check-consistency [--jdbc=URL] "
                        + "[--provider=URL] [--kafka=SERVERS] [--kafka-timeout=SECONDS]");
                System.exit(2);
            }
        }
        Report report;
        try {
            report = new ConsistencyChecker(new Sources(jdbc, provider, kafka), kafkaTimeout).report();
        } catch (RuntimeException e) {
            System.err.println("consistency check could not run: " + e.getMessage());
            System.exit(2);
            return;
        }
        report.print(System.out);
        System.exit(report.consistent() ? 0 : 1);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
