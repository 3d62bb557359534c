package io.orderflow.infra.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the broker as its own process: {@code KafkaBrokerMain <logDir> <port> <controllerPort>}. */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: KafkaBrokerMain <logDir> <port> <controllerPort>");
            System.exit(2);
        }
        KafkaBroker broker = KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-shutdown"));
        System.out.println("kafka broker ready on " + broker.bootstrapServers());
        stopped.await();
    }
}
