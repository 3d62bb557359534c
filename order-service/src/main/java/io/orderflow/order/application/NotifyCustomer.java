package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Consumer: mails the customer when the order is confirmed, failed or cancelled, and when a payment is refunded.
 * Each event is mailed at most once: its inbox row and the decision commit only after the mail server took the
 * mail. Order events of one order arrive in order (one partition); a status event that arrives after a later
 * status mail was sent (a replayed dead letter) is recorded as superseded and not mailed, so a customer never
 * reads "confirmed" after "cancelled".
 */
@ApplicationScoped
public class NotifyCustomer implements EventHandler {

    public static final String CONSUMER = "notifications";

    private final ConsumedEvents inbox;
    private final CustomerContacts contacts;
    private final NotificationLog log;
    private final CustomerMailbox mailbox;
    private final Clock clock;

    public NotifyCustomer(ConsumedEvents inbox, CustomerContacts contacts, NotificationLog log,
                          CustomerMailbox mailbox, Clock clock) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.log = log;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    /** Whether an event of this type can be mailed about; events of other types need not even be read. */
    public static boolean mailsAbout(String eventType) {
        return CustomerMails.kindOf(eventType).isPresent();
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    @Transactional
    public void apply(IncomingEvent event) {
        Optional<CustomerMails.Kind> kind = CustomerMails.kindOf(event.type());
        if (kind.isEmpty() || !inbox.firstDelivery(event.eventId(), event.type(), CONSUMER)) {
            return;
        }
        OrderId orderId = event.order();
        Optional<String> recipient = contacts.emailOf(orderId);
        NotificationLog.Outcome outcome = recipient.isEmpty() ? NotificationLog.Outcome.NO_ADDRESS
                : kind.get().isStatus() && log.laterStatusMailSent(orderId, event.occurredAt())
                ? NotificationLog.Outcome.SUPERSEDED : NotificationLog.Outcome.SENT;
        boolean firstDecision = log.record(new NotificationLog.Decision(event.eventId(), orderId, kind.get(), outcome,
                recipient.orElse(null), event.occurredAt(), clock.instant()));
        // The decision is written first and the mail sent last: a mail server that refuses rolls both back, and an
        // event decided before (a replay after the inbox forgot it) is never mailed again.
        if (firstDecision && outcome == NotificationLog.Outcome.SENT) {
            mailbox.send(CustomerMails.compose(kind.get(), event, recipient.get()));
        }
    }
}
