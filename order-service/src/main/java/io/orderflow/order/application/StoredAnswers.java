package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import java.util.Optional;

/** Port: the HTTP answer given to the request that created an order, replayed to its retries. */
public interface StoredAnswers {

    Optional<StoredAnswer> find(OrderId id);

    /** Keeps the answer unless one is stored already: the first answer stored wins. True if this one was kept. */
    boolean keepFirst(OrderId id, StoredAnswer answer);

    /** An HTTP answer as it was sent. */
    record StoredAnswer(int status, String contentType, String body) {
    }
}
