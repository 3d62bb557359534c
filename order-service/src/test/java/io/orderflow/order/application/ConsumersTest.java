package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline and notification use cases on in-memory ports: redelivery, order of arrival, outages, poison. */
class ConsumersTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private final ConsumerFakes.Inbox inbox = new ConsumerFakes.Inbox();
    private final ConsumerFakes.Timeline timelineStore = new ConsumerFakes.Timeline();
    private final ConsumerFakes.Contacts contacts = new ConsumerFakes.Contacts();
    private final ConsumerFakes.Log log = new ConsumerFakes.Log();
    private final ConsumerFakes.Mailbox mailbox = new ConsumerFakes.Mailbox();
    private final Clock clock = Clock.fixed(T.plusSeconds(60), ZoneOffset.UTC);
    private final ProjectTimeline timeline = new ProjectTimeline(timelineStore, clock);
    private final NotifyCustomer notify = new NotifyCustomer(inbox, contacts, log, mailbox, clock);
    private final EventParser parser = new EventParser(new ObjectMapper());
    private final OrderId order = OrderId.newId();

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        contacts.remember(order, "a@example.com");
        IncomingEvent confirmed = event("OrderConfirmed", T, "{\"totalMinor\":1250,\"currency\":\"EUR\"}");

        timeline.apply(confirmed);
        timeline.apply(confirmed);
        notify.apply(confirmed);
        notify.apply(confirmed);

        assertThat(timelineStore.of(order)).hasSize(1);
        assertThat(mailbox.sent).hasSize(1);
        assertThat(mailbox.sent.get(0).text()).contains("12.50 EUR");
    }

    @Test
    void aPollsEventsAreProjectedTogetherAndOnesSeenBeforeAddNothing() {
        IncomingEvent placed = event("OrderPlaced", T, "{}");
        timeline.apply(placed);

        timeline.applyAll(List.of(event("StockReserved", T.plusSeconds(1), "{}"), placed,
                event("OrderConfirmed", T.plusSeconds(2), "{}")));

        assertThat(timelineStore.of(order)).extracting(TimelineEntry::type)
                .containsExactly("OrderPlaced", "StockReserved", "OrderConfirmed");
    }

    @Test
    void anEventArrivingBeforeItsPredecessorTakesItsPlaceByTime() {
        timeline.apply(event("OrderConfirmed", T.plusSeconds(2), "{}"));
        timeline.apply(event("OrderPlaced", T, "{}"));

        assertThat(timelineStore.of(order)).extracting(TimelineEntry::type).containsExactly("OrderPlaced", "OrderConfirmed");
    }

    @Test
    void aStatusMailOlderThanOneAlreadySentIsSupersededNotSent() {
        contacts.remember(order, "a@example.com");
        notify.apply(event("OrderCancelled", T.plusSeconds(5), "{\"cancelledFrom\":\"FULFILLMENT_CREATED\"}"));
        IncomingEvent lateConfirmation = event("OrderConfirmed", T, "{}");

        notify.apply(lateConfirmation);
        notify.apply(event("PaymentRefunded", T.plusSeconds(6), "{\"amountMinor\":5,\"currency\":\"EUR\"}"));

        assertThat(mailbox.sent).extracting(CustomerMailbox.CustomerMail::subject)
                .containsExactly("Your order " + order + " is cancelled", "Refund for your order " + order);
        assertThat(log.decisions.get(lateConfirmation.eventId()).outcome()).isEqualTo(NotificationLog.Outcome.SUPERSEDED);
    }

    @Test
    void withoutAnAddressNothingIsSentButTheDecisionIsKept() {
        IncomingEvent failed = event("OrderFailed", T, "{\"reason\":\"declined\"}");

        notify.apply(failed);

        assertThat(mailbox.sent).isEmpty();
        assertThat(log.decisions.get(failed.eventId()).outcome()).isEqualTo(NotificationLog.Outcome.NO_ADDRESS);
    }

    @Test
    void aReplayAfterTheInboxForgotTheEventStillMailsNothingTwice() {
        contacts.remember(order, "a@example.com");
        IncomingEvent cancelled = event("OrderCancelled", T, "{\"cancelledFrom\":\"NEW\"}");
        notify.apply(cancelled);
        inbox.forgetBefore(T.plusSeconds(3600), 100);

        notify.apply(cancelled);

        assertThat(mailbox.sent).hasSize(1);
    }

    @Test
    void eventsNobodyMailsAboutAreIgnoredByTheNotifier() {
        contacts.remember(order, "a@example.com");

        notify.apply(event("StockReserved", T, "{}"));

        assertThat(mailbox.sent).isEmpty();
        assertThat(inbox.seen).isEmpty();
    }

    @Test
    void theParserRejectsWhatNoRetryCanFix() {
        assertThatThrownBy(() -> parser.parse("{nope", null)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parser.parse(null, null)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> parser.parse("[1]", null)).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parser.parse(json("Teleported", 1, "{}"), null))
                .hasMessageContaining("unknown event type 'Teleported'");
        assertThatThrownBy(() -> parser.parse(json("OrderPlaced", 2, "{}"), null))
                .hasMessageContaining("schema version 2 of OrderPlaced");
        assertThatThrownBy(() -> parser.parse(json("OrderPlaced", 1, "\"text\""), null))
                .hasMessageContaining("data is not an object");
        assertThatThrownBy(() -> parser.parse(json("OrderPlaced", 1, "{}").replace(order.toString(), "not-a-uuid"),
                null).order()).hasMessageContaining("not an order id");
        IncomingEvent parsed = parser.parse(json("OrderPlaced", 1, "{}"), "corr-9");
        assertThat(parsed.correlationId()).isEqualTo("corr-9");
        assertThat(parsed.order()).isEqualTo(order);
        assertThat(parsed.service()).isEqualTo("order-service");
    }

    private IncomingEvent event(String type, Instant at, String data) {
        return parser.parse(json(type, 1, data).replace("\"occurredAt\":\"" + T + "\"", "\"occurredAt\":\"" + at + "\""),
                null);
    }

    private String json(String type, int version, String data) {
        String aggregate = type.startsWith("Payment") ? "payment" : type.startsWith("Stock") ? "inventory" : "order";
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"schemaVersion\":" + version
                + ",\"aggregateType\":\"" + aggregate + "\",\"aggregateId\":\"" + order + "\",\"occurredAt\":\"" + T
                + "\",\"data\":" + data + "}";
    }
}
