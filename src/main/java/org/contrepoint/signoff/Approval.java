package org.contrepoint.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One reviewer's approval of one exact text: it names the text's SHA-256, so an approval never travels to a text
 * its reviewer did not read. A change of text voids it (kept, with the reason, for the history).
 */
@Entity
@Table(name = "reply_approval")
public class Approval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "reply_id", nullable = false)
    public Long replyId;
    @Column(nullable = false)
    public int round;
    @Column(name = "reviewer_id", nullable = false)
    public Long reviewerId;
    @Column(name = "reviewer_name", nullable = false)
    public String reviewerName;
    @Column(name = "text_fingerprint", nullable = false)
    public String textFingerprint;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "void_reason")
    public String voidReason;

    public static Approval of(long replyId, int round, long reviewerId, String reviewerName, String fingerprint,
            Instant now) {
        Approval a = new Approval();
        a.replyId = replyId;
        a.round = round;
        a.reviewerId = reviewerId;
        a.reviewerName = reviewerName;
        a.textFingerprint = fingerprint;
        a.createdAt = now;
        return a;
    }

    /** Still counts for a text with this fingerprint. */
    public boolean validFor(String fingerprint) {
        return voidedAt == null && textFingerprint.equals(fingerprint);
    }

    public void voidBecause(String reason, Instant now) {
        if (voidedAt == null) {
            voidedAt = now;
            voidReason = reason;
        }
    }
}
