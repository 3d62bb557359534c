package io.orderflow.gateway.proxy;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The copies of one service, each request to the next (round robin). Any copy can take any request: the services
 * keep no session, and a retried order reaches its saga through the database wherever it lands.
 */
final class Backends {

    private final List<URI> copies;
    private final AtomicInteger turn = new AtomicInteger();

    Backends(List<URI> copies) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one target URL");
        }
        this.copies = List.copyOf(copies);
    }

    URI next() {
        return copies.get(Math.floorMod(turn.getAndIncrement(), copies.size()));
    }
}
