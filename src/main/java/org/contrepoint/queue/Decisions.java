package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;

/** Records decisions (one post, or its whole cluster) and closes decided posts; one audit entry per post changed. */
@ApplicationScoped
public class Decisions {

    /** How many other posts of the cluster followed, and how many were left alone (held by someone else). */
    public record Result(Post post, int followed, int skipped) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public Result decide(long id, DecisionForm form) {
        Post post = Claims.lock(id);
        post.checkVersion(form.version());
        Instant now = clock.instant();
        DecisionRecord record = form.toRecord();
        String before = post.stateFingerprint();
        post.decide(user.personId(), user.username(), record, now);
        auditDecision(post, before, "");
        int followed = 0;
        int skipped = 0;
        if (form.wholeCluster() && post.clusterId != null) {
            List<Post> members = Post.list("clusterId = ?1 and id <> ?2 and status in ?3 order by id", post.clusterId,
                    post.id, List.of(PostStatus.NEW, PostStatus.CLAIMED));
            for (Post member : members) {
                try {
                    String memberBefore = member.stateFingerprint();
                    member.followClusterDecision(user.personId(), user.username(), record, now);
                    auditDecision(member, memberBefore, " (groupe, suit la publication " + post.id + ")");
                    followed++;
                } catch (QueueConflict e) {
                    skipped++;
                }
            }
        }
        return new Result(post, followed, skipped);
    }

    private void auditDecision(Post post, String before, String note) {
        String detail = post.decision.code() + (post.referralTarget == null ? ""
                : " → " + post.referralTarget.code() + " n° " + post.referralReference) + note;
        audit.record(AuditEvent.of("post.decide", "post", post.id.toString(), detail)
                .withFingerprints(before, post.stateFingerprint()));
    }

    @Transactional
    public Post close(long id, int formVersion) {
        Post post = Claims.lock(id);
        post.checkVersion(formVersion);
        String before = post.stateFingerprint();
        post.close(clock.instant());
        audit.record(AuditEvent.of("post.close", "post", post.id.toString(), null)
                .withFingerprints(before, post.stateFingerprint()));
        return post;
    }
}
