package io.orderflow.order.application;

import io.orderflow.order.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Consumer: every event of every service becomes a step in its order's timeline. The projection commutes: an event
 * that arrives before its predecessor (the three services publish on three topics, so there is no order between
 * them) is stored at once and shown where its own time puts it; the predecessor takes its place when it comes.
 * The timeline is keyed by event id, so it is its own inbox: a redelivered event adds nothing, in one statement.
 * The Kafka consumer hands over what one poll brought ({@link #applyAll}): one transaction for all of it.
 */
@ApplicationScoped
public class ProjectTimeline implements EventHandler {

    public static final String CONSUMER = "timeline";

    private final TimelineStore timeline;
    private final Clock clock;

    public ProjectTimeline(TimelineStore timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    @Transactional
    public void apply(IncomingEvent event) {
        applyAll(List.of(event));
    }

    /** Projects the events together: all of them or, when one is refused, none. */
    @Transactional
    public void applyAll(List<IncomingEvent> events) {
        Instant receivedAt = clock.instant();
        timeline.add(events.stream().map(event -> new TimelineEntry(event.eventId(), event.order(), event.service(),
                event.type(), event.occurredAt(), receivedAt, event.correlationId(), TimelineSummaries.of(event)))
                .toList());
    }

}
