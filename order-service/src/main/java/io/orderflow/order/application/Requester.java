package io.orderflow.order.application;

import java.util.Optional;

/**
 * Who asks, as the verified token says: a customer reaches the orders they placed and no other; staff (admin,
 * operations) reach every order. An order out of reach is answered as if it did not exist.
 */
public record Requester(String subject, boolean staff) {

    public Requester {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a requester has a subject");
        }
    }

    public static Requester customer(String subject) {
        return new Requester(subject, false);
    }

    public static Requester staff(String subject) {
        return new Requester(subject, true);
    }

    /** The owner whose orders this requester may see; empty when it may see all. */
    public Optional<String> ownerFilter() {
        return staff ? Optional.empty() : Optional.of(subject);
    }

    public boolean mayReach(Optional<String> owner) {
        return owner.isPresent() && (staff || owner.get().equals(subject));
    }
}
