package io.orderflow.order.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the connection of the caller's transaction (Hibernate's own). Unlike a native query through
 * Hibernate, nothing is flushed or dirty-checked first and no query plan is built: the hot paths' SQL costs what
 * the driver costs. Statements are prepared each time; the driver reuses the server-side plan after five uses.
 */
@ApplicationScoped
class TransactionSql {

    private final EntityManager entityManager;

    TransactionSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    <T> T run(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
