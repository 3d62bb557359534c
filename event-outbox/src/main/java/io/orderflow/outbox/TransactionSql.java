package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the connection of the caller's transaction (Hibernate's own), for the statements on an order's path:
 * the outbox and inbox here, the services' hot-path adapters (ADR-022). Unlike a native query through Hibernate,
 * nothing is flushed or dirty-checked first and no query plan is built. Statements are prepared each time; the driver
 * reuses the server-side plan after five uses.
 *
 * <p>Outside a transaction the statement gets one of its own: a session without a transaction would otherwise keep
 * its connection until the request ends, and the saga's request waits for other services in between (under load
 * that held every pooled connection).
 */
@ApplicationScoped
public class TransactionSql {

    private final EntityManager entityManager;

    public TransactionSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public <T> T run(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
