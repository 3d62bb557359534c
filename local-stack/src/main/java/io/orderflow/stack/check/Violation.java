package io.orderflow.stack.check;

/**
 * One broken invariant.
 *
 * @param rule    the rule's name, one of {@link Rules#ALL}
 * @param subject the order id, SKU, charge id or topic partition it concerns
 * @param message what is wrong, for a human
 */
public record Violation(String rule, String subject, String message) {

    @Override
    public String toString() {
        return rule + " " + subject + ": " + message;
    }
}
