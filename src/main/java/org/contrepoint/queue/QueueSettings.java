package org.contrepoint.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.ReferenceChanges;

/** What admins set for the queue: priority weights, due times per risk level, retention, enabled platforms. */
@Entity
@EntityListeners(ReferenceChanges.Listener.class)
@Table(name = "queue_settings")
public class QueueSettings extends PanacheEntityBase {

    @Id
    public Integer id;
    @Column(name = "weight_reach")
    public int weightReach;
    @Column(name = "weight_risk")
    public int weightRisk;
    @Column(name = "weight_recency")
    public int weightRecency;
    @Column(name = "weight_narrative")
    public int weightNarrative;
    @Column(name = "due_hours_low")
    public int dueHoursLow;
    @Column(name = "due_hours_medium")
    public int dueHoursMedium;
    @Column(name = "due_hours_high")
    public int dueHoursHigh;
    @Column(name = "due_hours_critical")
    public int dueHoursCritical;
    @Column(name = "retention_days")
    public int retentionDays;
    /** Below this many followers and views a post is "low reach": answering may only amplify it. */
    @Column(name = "low_reach_threshold")
    public long lowReachThreshold;
    /** Enabled platform codes, comma-separated. */
    public String platforms;
    @Version
    public int version;

    public static QueueSettings current() {
        return findById(1);
    }

    public Duration dueWithin(RiskLevel risk) {
        int hours = switch (risk) {
            case LOW -> dueHoursLow;
            case MEDIUM -> dueHoursMedium;
            case HIGH -> dueHoursHigh;
            case CRITICAL -> dueHoursCritical;
        };
        return Duration.ofHours(hours);
    }

    public Set<Platform> enabledPlatforms() {
        return Arrays.stream(platforms.split(",")).map(Platform::fromCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void enablePlatforms(Set<Platform> enabled) {
        platforms = enabled.stream().map(Platform::code).collect(Collectors.joining(","));
    }

    /** A copy detached from the session, for computing priorities over a whole batch. */
    public Weights weights() {
        return new Weights(weightReach, weightRisk, weightRecency, weightNarrative);
    }

    /** A copy detached from the session of the due hours per risk level. */
    public DueHours dueHours() {
        return new DueHours(dueHoursLow, dueHoursMedium, dueHoursHigh, dueHoursCritical);
    }

    public record DueHours(int low, int medium, int high, int critical) {
    }

    public record Weights(int reach, int risk, int recency, int narrative) {
        public int total() {
            return Math.max(1, reach + risk + recency + narrative);
        }
    }
}
