package org.contrepoint.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.contrepoint.taxonomy.Platform;
import org.hibernate.annotations.BatchSize;

/**
 * A piece of online content to consider. Its text and author come from outside and are hostile input: pages
 * escape them. State changes are the methods below; each refuses a move its state does not allow.
 */
@Entity
public class Post extends PanacheEntityBase {

    /** Language codes a post may carry (fr, ar, pt-BR…): intake refuses others, the queue filter matches no other. */
    public static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2})?");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;
    @Column(name = "platform_id", nullable = false)
    public String platformId;
    public String url;
    @Column(name = "author_handle")
    public String authorHandle;
    @Column(name = "author_name")
    public String authorName;
    @Column(nullable = false)
    public String text;
    @Column(nullable = false)
    public String language;
    @Column(name = "media_description")
    public String mediaDescription;
    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;
    public long followers;
    public long views;
    public long shares;
    public long reactions;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostSource source;
    @Column(name = "source_detail")
    public String sourceDetail;

    @ElementCollection
    @CollectionTable(name = "post_narrative", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "narrative_code")
    @BatchSize(size = 60)
    public Set<String> narratives = new TreeSet<>();
    /**
     * {@link #narratives} as sorted codes separated by spaces, on the post's own row: the queue lists them without
     * a lookup in post_narrative per row. Kept in step on every insert and update ({@link #copyNarratives()}; a change
     * to the narratives alone counts as an update, the post being versioned: QueueFlowTest tags one in bulk).
     */
    @Column(name = "narrative_codes", nullable = false)
    public String narrativeCodes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel risk;
    public int priority;
    @Column(name = "priority_reach")
    public int priorityReach;
    @Column(name = "priority_risk")
    public int priorityRisk;
    @Column(name = "priority_recency")
    public int priorityRecency;
    @Column(name = "priority_narrative")
    public int priorityNarrative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostStatus status = PostStatus.NEW;
    @Column(name = "assignee_id")
    public Long assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public DecisionKind decision;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_target")
    public ReferralTarget referralTarget;
    @Column(name = "referral_reference")
    public String referralReference;
    @Column(name = "referral_follow_up")
    public LocalDate referralFollowUp;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "cluster_id")
    public Long clusterId;
    /** MinHash signature of the normalised text, for clustering later arrivals. */
    public String minhash;
    /** SHA-256 of the captured content as received (see {@code org.contrepoint.intake.Fingerprints}). */
    @Column(nullable = false)
    public String fingerprint;
    @Column(name = "pseudonymised_at")
    public Instant pseudonymisedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    public static java.util.Optional<Post> findByPlatformId(Platform platform, String platformId) {
        return find("platform = ?1 and platformId = ?2", platform, platformId).firstResultOptional();
    }

    @PrePersist
    @PreUpdate
    void copyNarratives() {
        narrativeCodes = String.join(" ", new TreeSet<>(narratives));
    }

    /**
     * Adds a narrative; false if the post already had it. An open post's priority follows at once (its narrative part
     * is the heaviest narrative's weight), as intake would have scored it; a decided or closed post keeps the
     * priority it was worked with, as after a change of weights (PriorityRecompute).
     */
    public boolean tag(String narrative, Map<String, Integer> narrativeWeights, QueueSettings.Weights weights) {
        if (!narratives.add(narrative)) {
            return false;
        }
        if (status.open()) {
            priorityNarrative = Priority.narrative(narratives, narrativeWeights);
            priority = Priority.score(priorityReach, priorityRisk, priorityRecency, priorityNarrative, weights);
        }
        return true;
    }

    /** Refuses a form read at another version than the post's current one (nothing is overwritten). */
    public void checkVersion(int formVersion) {
        if (formVersion != version) {
            throw QueueConflict.of(QueueConflict.Kind.STALE);
        }
    }

    public void claimBy(Long personId, String name, Instant now) {
        if (assigneeId != null) {
            throw new QueueConflict(Objects.equals(assigneeId, personId) ? QueueConflict.Kind.ILLEGAL
                    : QueueConflict.Kind.CLAIMED_BY_OTHER, assigneeName);
        }
        if (status == PostStatus.CLOSED) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        assigneeId = personId;
        assigneeName = name;
        claimedAt = now;
        if (status == PostStatus.NEW) {
            status = PostStatus.CLAIMED;
        }
    }

    /** The holder lets go; {@code override} is a reviewer's or admin's release of someone else's claim. */
    public void release(Long personId, boolean override) {
        if (assigneeId == null) {
            throw QueueConflict.of(QueueConflict.Kind.NOT_CLAIMED);
        }
        if (!override && !Objects.equals(assigneeId, personId)) {
            throw new QueueConflict(QueueConflict.Kind.NOT_YOURS, assigneeName);
        }
        assigneeId = null;
        assigneeName = null;
        claimedAt = null;
        if (status == PostStatus.CLAIMED) {
            status = PostStatus.NEW;
        }
    }

    public void reassignTo(Long personId, String name, Instant now) {
        if (status == PostStatus.CLOSED) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        assigneeId = personId;
        assigneeName = name;
        claimedAt = now;
        if (status == PostStatus.NEW) {
            status = PostStatus.CLAIMED;
        }
    }

    /** Records a decision by the person holding the post; dismissing closes it at once. */
    public void decide(Long personId, String by, DecisionRecord record, Instant now) {
        if (status == PostStatus.CLOSED) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        if (assigneeId == null || !Objects.equals(assigneeId, personId)) {
            throw new QueueConflict(assigneeId == null ? QueueConflict.Kind.NOT_CLAIMED
                    : QueueConflict.Kind.CLAIMED_BY_OTHER, assigneeName);
        }
        applyDecision(by, record, now);
    }

    /** A decision taken for a whole cluster: members nobody else holds follow the decided post. */
    public void followClusterDecision(Long personId, String by, DecisionRecord record, Instant now) {
        if (status == PostStatus.CLOSED || (assigneeId != null && !Objects.equals(assigneeId, personId))) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        applyDecision(by, record, now);
    }

    /** Bulk dismissal from the queue: only posts nobody else holds and not decided yet. */
    public void dismiss(Long personId, String by, String reason, Instant now) {
        if (!status.open() || (assigneeId != null && !Objects.equals(assigneeId, personId))) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        applyDecision(by, new DecisionRecord(DecisionKind.DISMISS, reason, null, null, null), now);
    }

    private void applyDecision(String by, DecisionRecord record, Instant now) {
        decision = record.kind();
        decisionReason = record.reason();
        referralTarget = record.kind().refers() ? record.target() : null;
        referralReference = record.kind().refers() ? record.reference() : null;
        referralFollowUp = record.kind().refers() ? record.followUp() : null;
        decidedBy = by;
        decidedAt = now;
        status = record.kind() == DecisionKind.DISMISS ? PostStatus.CLOSED : PostStatus.DECIDED;
        closedAt = status == PostStatus.CLOSED ? now : null;
    }

    public void close(Instant now) {
        if (status != PostStatus.DECIDED) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        status = PostStatus.CLOSED;
        closedAt = now;
    }

    /** Referred to the authorities: kept whole for the proceedings, whatever the retention period. */
    public boolean referredToAuthorities() {
        return decision != null && decision.refers() && referralTarget == ReferralTarget.PHAROS;
    }

    /** Removes what identifies people, keeping the counts, narratives, decision and fingerprint for statistics. */
    public void pseudonymise(Instant now) {
        if (status != PostStatus.CLOSED || referredToAuthorities()) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        authorHandle = "pseudonyme-" + id;
        authorName = null;
        url = null;
        text = "—";
        mediaDescription = null;
        minhash = null;
        assigneeName = null;
        decidedBy = null;
        pseudonymisedAt = now;
    }

    /** Fingerprint of the workflow state, for the audit log's before/after. */
    public String stateFingerprint() {
        String state = status + "|" + assigneeId + "|" + decision + "|" + referralTarget + "|" + referralReference
                + "|" + risk + "|" + narratives + "|" + clusterId + "|" + pseudonymisedAt;
        return org.contrepoint.identity.Tokens.sha256(state);
    }

    /** Few people saw it: a reply could give it the audience it lacks. */
    public boolean lowReach(long threshold) {
        return lowReach(followers, views, threshold);
    }

    public boolean overdue(Instant now) {
        return overdue(status, dueAt, now);
    }

    static boolean lowReach(long followers, long views, long threshold) {
        return followers + views < threshold;
    }

    static boolean overdue(PostStatus status, Instant dueAt, Instant now) {
        return status.open() && dueAt.isBefore(now);
    }
}
