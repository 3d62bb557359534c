package io.orderflow.gateway.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "signing_keys")
public class SigningKeyEntity extends PanacheEntityBase {

    @Id
    public String kid;
    @Column(name = "private_key")
    public String privateKey;
    @Column(name = "public_key")
    public String publicKey;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "activates_at")
    public Instant activatesAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
}
