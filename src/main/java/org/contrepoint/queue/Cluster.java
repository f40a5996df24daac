package org.contrepoint.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Near-identical texts pushed by several accounts: a likely coordinated campaign, decided once. */
@Entity
@Table(name = "post_cluster")
public class Cluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cluster_seq")
    @SequenceGenerator(name = "cluster_seq", sequenceName = "cluster_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String excerpt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    public static Cluster startedBy(String text, Instant now) {
        Cluster cluster = new Cluster();
        String flat = text.replaceAll("\\s+", " ").strip();
        cluster.excerpt = flat.length() > 190 ? flat.substring(0, 190) + "…" : flat;
        cluster.createdAt = now;
        return cluster;
    }
}
