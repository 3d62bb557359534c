package io.orderflow.gateway.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    public boolean enabled;
    public String email;
    @Column(name = "created_at")
    public Instant createdAt;
}
