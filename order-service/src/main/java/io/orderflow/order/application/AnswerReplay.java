package io.orderflow.order.application;

import io.orderflow.order.application.StoredAnswers.StoredAnswer;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Use case: every request with one Idempotency-Key gets the same final answer, the first one stored. */
@ApplicationScoped
public class AnswerReplay {

    private final StoredAnswers answers;

    public AnswerReplay(StoredAnswers answers) {
        this.answers = answers;
    }

    @Transactional
    public Optional<StoredAnswer> stored(OrderId id) {
        return answers.find(id);
    }

    /** Keeps this final answer unless another request stored one first; returns the one that counts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredAnswer keepFirst(OrderId id, StoredAnswer answer) {
        return answers.keepFirst(id, answer) ? answer : answers.find(id).orElse(answer);
    }
}
