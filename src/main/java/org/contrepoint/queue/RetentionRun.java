package org.contrepoint.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One run of the retention job, shown to admins. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    public Long id;
    @Column(name = "ran_at", nullable = false)
    public Instant ranAt;
    @Column(nullable = false)
    public Instant cutoff;
    public int pseudonymised;
    @Column(name = "kept_referred")
    public int keptReferred;

    public static List<RetentionRun> latest() {
        return find("order by ranAt desc, id desc").page(0, 20).list();
    }
}
