package org.contrepoint.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An Idempotency-Key seen from a client, with the hash of its body and the answer it got. */
@Entity
@Table(name = "intake_key")
@IdClass(IntakeKey.Key.class)
public class IntakeKey extends PanacheEntityBase {

    @Id
    @Column(name = "idem_key")
    public String idemKey;
    @Id
    public String client;
    @Column(name = "body_sha256", nullable = false)
    public String bodySha256;
    public int status;
    @Column(nullable = false)
    public String response;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public String idemKey;
        public String client;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.idemKey, idemKey) && Objects.equals(k.client, client);
        }

        @Override
        public int hashCode() {
            return Objects.hash(idemKey, client);
        }
    }

    public static IntakeKey find(String client, String key) {
        return find("client = ?1 and idemKey = ?2", client, key).firstResult();
    }
}
