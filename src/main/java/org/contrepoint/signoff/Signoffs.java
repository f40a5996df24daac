package org.contrepoint.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.notification.NotificationKind;
import org.contrepoint.notification.Notifier;
import org.contrepoint.queue.Post;
import org.contrepoint.reply.Replies;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyRefusal;
import org.contrepoint.reply.ReplyRefusal.Reason;
import org.contrepoint.reply.Signer;

/**
 * Where approvals are decided. The reply row is locked first, so two reviewers acting at the same moment are
 * serialised: the second sees the first's approval (and the state it led to) before the rules are applied.
 */
@ApplicationScoped
public class Signoffs {

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Notifier notifier;
    @Inject
    Clock clock;

    @Transactional
    public Reply approve(long id, String textFingerprint) {
        Reply reply = Replies.lock(id);
        // The reviewer approves the text they read: if it changed since their page was rendered, nothing counts.
        if (textFingerprint == null || !textFingerprint.equals(reply.fingerprint)) {
            throw new ReplyRefusal(Reason.STALE);
        }
        String before = reply.stateFingerprint();
        Approval approval = reply.approve(Signer.of(user), clock.instant());
        approval.persist();
        boolean complete = reply.status == org.contrepoint.reply.ReplyStatus.APPROVED;
        audit.record(AuditEvent.of("reply.approve", "reply", reply.id.toString(),
                reply.validApprovals().size() + "/" + reply.requiredApprovals + " sur l’empreinte " + reply.fingerprint
                        + (complete ? " : approuvée" : ""))
                .withFingerprints(before, reply.stateFingerprint()));
        if (complete) {
            tellAuthor(reply);
        }
        return reply;
    }

    @Transactional
    public Reply requestChanges(long id, int formVersion, String reason, String comment) {
        return decideAgainst(id, formVersion, reason, comment, false);
    }

    @Transactional
    public Reply reject(long id, int formVersion, String reason, String comment) {
        return decideAgainst(id, formVersion, reason, comment, true);
    }

    private Reply decideAgainst(long id, int formVersion, String reason, String comment, boolean reject) {
        Reply reply = Replies.lock(id);
        reply.checkVersion(formVersion);
        reply.requireDecider(Signer.of(user));
        if (!ReasonCode.isActive(reason)) {
            throw new ReplyRefusal(Reason.REASON_REQUIRED);
        }
        String before = reply.stateFingerprint();
        if (reject) {
            reply.reject(Signer.of(user), reason, comment, clock.instant());
        } else {
            reply.requestChanges(Signer.of(user), reason, comment, clock.instant());
        }
        audit.record(AuditEvent.of(reject ? "reply.reject" : "reply.request-changes", "reply", reply.id.toString(),
                "motif " + reason).withFingerprints(before, reply.stateFingerprint()));
        tellAuthor(reply);
        return reply;
    }

    private void tellAuthor(Reply reply) {
        Person author = Person.findById(reply.authorId);
        Post post = Post.findById(reply.postId);
        notifier.notify(List.of(author), NotificationKind.DRAFT_DECIDED, Replies.label(reply, post),
                "/replies/" + reply.id, user.displayName());
    }
}
