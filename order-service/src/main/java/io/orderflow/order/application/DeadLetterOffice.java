package io.orderflow.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of operators for dead letters: park what a consumer gave up on, list and inspect it, replay it. A
 * replay runs the consumer's own handler on the stored record; the handler's inbox makes a replay of something
 * already applied change nothing. A replay that fails again leaves the letter parked with the new error.
 */
@ApplicationScoped
public class DeadLetterOffice {

    /** At most this many letters are replayed by one request; ask again for the rest. */
    public static final int MAX_REPLAY = 500;

    private final DeadLetters letters;
    private final EventParser parser;
    private final Map<String, EventHandler> handlers = new HashMap<>();
    private final Clock clock;

    public DeadLetterOffice(DeadLetters letters, EventParser parser, Instance<EventHandler> handlers, Clock clock) {
        this.letters = letters;
        this.parser = parser;
        this.clock = clock;
        handlers.forEach(h -> this.handlers.put(h.consumer(), h));
    }

    /** What a replay did: the letters it replayed and those that failed again, with why. */
    public record ReplayReport(List<UUID> replayed, Map<UUID, String> failed) {
    }

    public void park(DeadLetter letter) {
        letters.park(letter);
    }

    public List<DeadLetter> list(DeadLetters.Selection selection) {
        return letters.list(selection);
    }

    public Optional<DeadLetter> find(UUID id) {
        return letters.find(id);
    }

    public ReplayReport replay(DeadLetters.Selection selection) {
        List<UUID> replayed = new ArrayList<>();
        Map<UUID, String> failed = new HashMap<>();
        DeadLetters.Selection parked = new DeadLetters.Selection(selection.consumer(), selection.orderId(),
                selection.since(), DeadLetter.Status.PARKED, Math.min(selection.limit(), MAX_REPLAY));
        // Oldest first, so events of one order are applied in the order they were parked.
        List<DeadLetter> due = new ArrayList<>(letters.list(parked));
        Collections.reverse(due);
        for (DeadLetter letter : due) {
            replayOne(letter).ifPresentOrElse(error -> failed.put(letter.id(), error), () -> replayed.add(letter.id()));
        }
        return new ReplayReport(replayed, failed);
    }

    /** Replays one letter (whatever its status); empty when it was applied, else the error. */
    public Optional<String> replayOne(DeadLetter letter) {
        EventHandler handler = handlers.get(letter.consumer());
        if (handler == null) {
            String error = "no consumer named '" + letter.consumer() + "' runs here";
            letters.markReplayFailed(letter.id(), error);
            return Optional.of(error);
        }
        try {
            handler.apply(parser.parse(letter.value(), letter.correlationId()));
            letters.markReplayed(letter.id(), clock.instant());
            return Optional.empty();
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            letters.markReplayFailed(letter.id(), error);
            return Optional.of(error);
        }
    }

    public Map<String, Long> parkedByConsumer() {
        return letters.parkedByConsumer();
    }
}
