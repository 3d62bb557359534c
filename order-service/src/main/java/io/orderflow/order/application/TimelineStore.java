package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import java.util.List;

/** Port: the projected timelines. */
public interface TimelineStore {

    /** Adds the entries; an entry whose event id is stored already is kept as it was. */
    void add(List<TimelineEntry> entries);

    /** The order's entries by the time their service recorded them. */
    List<TimelineEntry> of(OrderId orderId);
}
