package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory ports of the event consumers. */
final class ConsumerFakes {

    private ConsumerFakes() {
    }

    static final class Inbox implements ConsumedEvents {
        final Set<String> seen = new HashSet<>();

        @Override
        public boolean firstDelivery(UUID eventId, String eventType, String consumer) {
            return seen.add(consumer + "/" + eventId);
        }

        @Override
        public int forgetBefore(Instant cutoff, int batch) {
            int size = seen.size();
            seen.clear();
            return size;
        }
    }

    static final class Timeline implements TimelineStore {
        final Map<UUID, TimelineEntry> entries = new HashMap<>();

        @Override
        public void add(List<TimelineEntry> added) {
            added.forEach(entry -> entries.putIfAbsent(entry.eventId(), entry));
        }

        @Override
        public List<TimelineEntry> of(OrderId orderId) {
            return entries.values().stream().filter(e -> e.orderId().equals(orderId))
                    .sorted(Comparator.comparing(TimelineEntry::occurredAt)).toList();
        }
    }

    static final class Contacts implements CustomerContacts {
        final Map<OrderId, String> emails = new HashMap<>();

        @Override
        public void remember(OrderId id, String email) {
            emails.put(id, email);
        }

        @Override
        public Optional<String> emailOf(OrderId id) {
            return Optional.ofNullable(emails.get(id));
        }
    }

    static final class Log implements NotificationLog {
        final Map<UUID, Decision> decisions = new HashMap<>();

        @Override
        public boolean record(Decision decision) {
            return decisions.putIfAbsent(decision.eventId(), decision) == null;
        }

        @Override
        public boolean laterStatusMailSent(OrderId id, Instant occurredAt) {
            return decisions.values().stream().anyMatch(d -> d.orderId().equals(id) && d.outcome() == Outcome.SENT
                    && d.kind().isStatus() && d.occurredAt().isAfter(occurredAt));
        }

        @Override
        public List<Decision> of(OrderId id) {
            return decisions.values().stream().filter(d -> d.orderId().equals(id)).toList();
        }
    }

    static final class Mailbox implements CustomerMailbox {
        final List<CustomerMail> sent = new ArrayList<>();
        boolean down;

        @Override
        public void send(CustomerMail mail) {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            sent.add(mail);
        }
    }
}
