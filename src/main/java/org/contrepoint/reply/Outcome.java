package org.contrepoint.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One observation of what followed a published reply. The latest one is the reply's current outcome. */
@Entity
@Table(name = "reply_outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "reply_id", nullable = false)
    public Long replyId;
    @Column(name = "replies_received")
    public int repliesReceived;
    public int reactions;
    @Column(name = "post_removed")
    public boolean postRemoved;
    @Column(name = "account_suspended")
    public boolean accountSuspended;
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_result")
    public ReferralResult referralResult;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Assessment assessment;
    public String note;
    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<Outcome> of(long replyId) {
        return list("replyId = ?1 order by recordedAt desc, id desc", replyId);
    }

    public static Optional<Outcome> latest(long replyId) {
        return find("replyId = ?1 order by recordedAt desc, id desc", replyId).firstResultOptional();
    }
}
