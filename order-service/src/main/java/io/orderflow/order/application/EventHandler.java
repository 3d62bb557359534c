package io.orderflow.order.application;

/** A consumer's effect for one event; applying the same event twice changes nothing the second time. */
public interface EventHandler {

    /** The consumer's name: its inbox key, consumer group suffix and dead-letter topic part. */
    String consumer();

    void apply(IncomingEvent event);
}
