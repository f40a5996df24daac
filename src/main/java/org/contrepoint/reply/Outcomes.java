package org.contrepoint.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.reply.ReplyRefusal.Reason;

/** Records what followed a published reply and keeps the template's effectiveness counters in step. */
@ApplicationScoped
public class Outcomes {

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @Transactional
    public Outcome record(long replyId, OutcomeForm form) {
        Reply reply = Replies.lock(replyId);
        if (reply.status != ReplyStatus.PUBLISHED) {
            throw new ReplyRefusal(Reason.ILLEGAL_STATE);
        }
        Optional<Outcome> previous = Outcome.latest(reply.id);
        Outcome outcome = form.toOutcome(reply.id, user.displayName(), clock.instant());
        outcome.persist();
        if (reply.templateId != null) {
            TemplateUsage.forUpdate(reply.templateId)
                    .reassess(previous.map(o -> o.assessment).orElse(null), outcome.assessment);
        }
        audit.record(AuditEvent.of("reply.outcome", "reply", reply.id.toString(),
                outcome.assessment.code() + ", " + outcome.repliesReceived + " réponse(s), " + outcome.reactions
                        + " réaction(s)" + (outcome.postRemoved ? ", publication retirée" : "")
                        + (outcome.accountSuspended ? ", compte suspendu" : "")
                        + (outcome.referralResult == null ? "" : ", signalement : " + outcome.referralResult.code())));
        return outcome;
    }
}
