package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import java.util.List;

/** Port: the projected timelines. */
public interface TimelineStore {

    /** Adds the entry; an entry with the same event id is kept as it was. */
    void add(TimelineEntry entry);

    /** The order's entries by the time their service recorded them. */
    List<TimelineEntry> of(OrderId orderId);
}
