package org.contrepoint.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Tokens;
import org.contrepoint.reply.ReplyRefusal.Reason;
import org.contrepoint.signoff.Approval;
import org.contrepoint.taxonomy.Platform;

/**
 * A reply to a post, from draft to publication. Each move is a method that refuses what the sign-off rules forbid:
 * only the author edits, submits, publishes or withdraws; only another person with the reviewer role decides; an
 * approval counts only for the exact text it was given on.
 */
@Entity
public class Reply extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "post_id", nullable = false)
    public Long postId;
    @Column(name = "template_id")
    public String templateId;
    @Column(name = "template_version_id")
    public Long templateVersionId;
    /** The vetted text with its variables filled: the departure is measured against it. */
    public String baseline;
    /** The text as written, placeholders included; {@link #finalText()} is what is approved and published. */
    @Column(nullable = false)
    public String text;
    @Column(nullable = false)
    public String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReplyStatus status = ReplyStatus.DRAFT;
    @Column(nullable = false)
    public String fingerprint;
    public int departure;
    @Column(name = "required_approvals")
    public int requiredApprovals;
    /** Incremented at each submission: approvals belong to one round. */
    public int round;
    @Column(name = "author_id", nullable = false)
    public Long authorId;
    @Column(name = "author_name", nullable = false)
    public String authorName;
    @Column(name = "reason_code")
    public String reasonCode;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "published_url")
    public String publishedUrl;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by_name")
    public String publishedByName;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reply_variable", joinColumns = @JoinColumn(name = "reply_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "content")
    public Map<String, String> variables = new LinkedHashMap<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id", insertable = false, updatable = false)
    @OrderBy("id")
    public List<Approval> approvals = new ArrayList<>();

    @Version
    public int version;

    public static Reply draft(long postId, Platform platform, String language, Signer author, String templateId,
            Long templateVersionId, String baseline, String text, Map<String, String> variables, Instant now) {
        Reply r = new Reply();
        r.postId = postId;
        r.platform = platform;
        r.language = language;
        r.authorId = author.personId();
        r.authorName = author.name();
        r.templateId = templateId;
        r.templateVersionId = templateVersionId;
        r.createdAt = now;
        r.setText(baseline, text, variables, now);
        return r;
    }

    public void checkVersion(int formVersion) {
        if (formVersion != version) {
            throw new ReplyRefusal(Reason.STALE);
        }
    }

    /**
     * The author changes the text. Once submitted or approved, a different text voids this round's approvals
     * and the reply goes back to draft, to be submitted again; returns how many approvals were voided.
     */
    public int edit(Signer by, String baselineText, String newText, Map<String, String> values, Instant now) {
        requireAuthor(by);
        require(status.editable());
        String before = fingerprint;
        setText(baselineText, newText, values, now);
        if (before.equals(fingerprint) || status == ReplyStatus.DRAFT || status == ReplyStatus.CHANGES_REQUESTED) {
            return 0;
        }
        int voided = voidApprovals("Texte modifié après l’approbation", now);
        status = ReplyStatus.DRAFT;
        approvedAt = null;
        return voided;
    }

    public void submit(Signer by, int approvalsNeeded, Instant now) {
        requireAuthor(by);
        require(status == ReplyStatus.DRAFT || status == ReplyStatus.CHANGES_REQUESTED);
        String result = finalText();
        if (result.isBlank()) {
            throw new ReplyRefusal(Reason.EMPTY);
        }
        if (!ReplyText.leftovers(result).isEmpty()) {
            throw new ReplyRefusal(Reason.UNFILLED_VARIABLES);
        }
        if (!platform.fits(result)) {
            throw new ReplyRefusal(Reason.TOO_LONG);
        }
        round++;
        requiredApprovals = approvalsNeeded;
        status = ReplyStatus.SUBMITTED;
        submittedAt = now;
        overdueNotifiedAt = null;
        reasonCode = null;
        decisionComment = null;
        decidedByName = null;
        touch(now);
    }

    /** Records one reviewer's approval; returns it (to persist). The reply is approved once the policy is met. */
    public Approval approve(Signer by, Instant now) {
        requireDecider(by);
        if (validApprovals().stream().anyMatch(a -> a.reviewerId == by.personId())) {
            throw new ReplyRefusal(Reason.ALREADY_APPROVED);
        }
        Approval approval = Approval.of(id, round, by.personId(), by.name(), fingerprint, now);
        approvals.add(approval);
        if (validApprovals().size() >= requiredApprovals) {
            status = ReplyStatus.APPROVED;
            approvedAt = now;
        }
        touch(now);
        return approval;
    }

    public void requestChanges(Signer by, String reason, String comment, Instant now) {
        decideAgainst(by, reason, comment, now);
        status = ReplyStatus.CHANGES_REQUESTED;
    }

    public void reject(Signer by, String reason, String comment, Instant now) {
        decideAgainst(by, reason, comment, now);
        status = ReplyStatus.REJECTED;
        closedAt = now;
    }

    private void decideAgainst(Signer by, String reason, String comment, Instant now) {
        requireDecider(by);
        if (reason == null || reason.isBlank()) {
            throw new ReplyRefusal(Reason.REASON_REQUIRED);
        }
        reasonCode = reason;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        decidedByName = by.name();
        voidApprovals("Modifications demandées ou refus par " + by.name(), now);
        touch(now);
    }

    /** The author posted the approved text on the platform and records where and when. */
    public void publish(Signer by, String url, Instant at, Instant now) {
        requireAuthor(by);
        require(status == ReplyStatus.APPROVED);
        if (validApprovals().size() < requiredApprovals) {
            throw new ReplyRefusal(Reason.APPROVALS_VOID);
        }
        // The time is typed to the minute: the minute of the submission itself is allowed.
        if (url == null || at == null || at.isAfter(now.plusSeconds(300))
                || at.isBefore(submittedAt.minusSeconds(60))) {
            throw new ReplyRefusal(Reason.BAD_PUBLICATION);
        }
        status = ReplyStatus.PUBLISHED;
        publishedUrl = url.strip();
        publishedAt = at;
        publishedByName = by.name();
        closedAt = now;
        touch(now);
    }

    public void withdraw(Signer by, Instant now) {
        requireAuthor(by);
        require(!status.finished());
        voidApprovals("Réponse retirée", now);
        status = ReplyStatus.WITHDRAWN;
        closedAt = now;
        touch(now);
    }

    /** The text with its variables filled in: what reviewers approve and the author publishes. */
    public String finalText() {
        return ReplyText.fill(text, variables);
    }

    public int lengthLeft() {
        return platform.remaining(finalText());
    }

    /** Approvals that count: this round's, for the current text, not voided. */
    public List<Approval> validApprovals() {
        return approvals.stream().filter(a -> a.round == round && a.validFor(fingerprint)).toList();
    }

    public boolean approvedBy(long personId) {
        return validApprovals().stream().anyMatch(a -> a.reviewerId == personId);
    }

    public boolean isAuthor(long personId) {
        return authorId == personId;
    }

    /** Fingerprint of the sign-off state, for the audit log's before/after. */
    public String stateFingerprint() {
        return Tokens.sha256(status + "|" + round + "|" + fingerprint + "|" + validApprovals().size() + "|"
                + publishedUrl);
    }

    private void setText(String baselineText, String newText, Map<String, String> values, Instant now) {
        baseline = baselineText;
        text = newText == null ? "" : newText.strip();
        variables.clear();
        variables.putAll(values);
        String result = finalText();
        fingerprint = Tokens.sha256(result);
        departure = ReplyText.departure(baseline, result);
        touch(now);
    }

    private int voidApprovals(String why, Instant now) {
        int n = 0;
        for (Approval a : approvals) {
            if (a.voidedAt == null) {
                a.voidBecause(why, now);
                n++;
            }
        }
        return n;
    }

    private void requireAuthor(Signer by) {
        if (!isAuthor(by.personId())) {
            throw new ReplyRefusal(Reason.NOT_AUTHOR);
        }
    }

    /** Refuses a reviewer who may not decide on this reply now (their own, not submitted, policy already met). */
    public void requireDecider(Signer by) {
        if (!by.reviewer()) {
            throw new ReplyRefusal(Reason.WRONG_ROLE);
        }
        if (isAuthor(by.personId())) {
            throw new ReplyRefusal(Reason.OWN_REPLY);
        }
        if (status == ReplyStatus.APPROVED) {
            throw new ReplyRefusal(Reason.POLICY_MET);
        }
        require(status == ReplyStatus.SUBMITTED);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ReplyRefusal(Reason.ILLEGAL_STATE);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }
}
