package io.orderflow.gateway.identity.adapter.out.persistence;

import io.orderflow.gateway.identity.application.Users;
import io.orderflow.gateway.identity.domain.EmailAddress;
import io.orderflow.gateway.identity.domain.Role;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaUsers implements Users {

    @Override
    public Optional<User> find(Username username) {
        return UserEntity.<UserEntity>find("username", username.value()).firstResultOptional().map(JpaUsers::user);
    }

    @Override
    public Optional<User> find(UUID id) {
        return UserEntity.<UserEntity>findByIdOptional(id).map(JpaUsers::user);
    }

    @Override
    public boolean add(User user) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO users (id, username, password_hash, role, enabled, created_at, email)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (username) DO NOTHING""")
                .setParameter(1, user.id()).setParameter(2, user.username().value())
                .setParameter(3, user.passwordHash()).setParameter(4, user.role().claim())
                .setParameter(5, user.enabled()).setParameter(6, Instant.now())
                .setParameter(7, user.email() == null ? null : user.email().value())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public void save(User user) {
        UserEntity row = UserEntity.findById(user.id());
        row.passwordHash = user.passwordHash();
        row.role = user.role().claim();
        row.enabled = user.enabled();
    }

    private static User user(UserEntity row) {
        return new User(row.id, new Username(row.username), row.passwordHash, Role.ofClaim(row.role), row.enabled,
                row.email == null ? null : new EmailAddress(row.email));
    }
}
