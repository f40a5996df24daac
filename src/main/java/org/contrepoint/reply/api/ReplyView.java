package org.contrepoint.reply.api;

import java.time.Instant;
import java.util.List;
import org.contrepoint.reply.Outcome;
import org.contrepoint.reply.Reply;
import org.contrepoint.signoff.Approval;

/** A reply as the API shows it: the text that is (or would be) published, its sign-off and its outcomes. */
public record ReplyView(long id, long postId, String templateId, Long templateVersionId, String status,
        String platform, String language, String text, String fingerprint, int departure, int requiredApprovals,
        int round, List<ApprovalView> approvals, String author, Instant createdAt, Instant updatedAt,
        Instant submittedAt, Instant approvedAt, String reasonCode, String publishedUrl, Instant publishedAt,
        List<OutcomeView> outcomes) {

    /** One approval; {@code valid} is false once voided or when given on another text. */
    public record ApprovalView(String reviewer, Instant at, int round, String textFingerprint, boolean valid) {
    }

    public record OutcomeView(Instant recordedAt, String recordedBy, String assessment, int repliesReceived,
            int reactions, boolean postRemoved, boolean accountSuspended, String referralResult, String note) {
    }

    public static ReplyView of(Reply r, List<Outcome> outcomes) {
        List<ApprovalView> approvals = r.approvals.stream().map(a -> approval(r, a)).toList();
        return new ReplyView(r.id, r.postId, r.templateId, r.templateVersionId, r.status.code(), r.platform.code(),
                r.language, r.finalText(), r.fingerprint, r.departure, r.requiredApprovals, r.round, approvals,
                r.authorName, r.createdAt, r.updatedAt, r.submittedAt, r.approvedAt, r.reasonCode, r.publishedUrl,
                r.publishedAt, outcomes.stream().map(ReplyView::outcome).toList());
    }

    private static ApprovalView approval(Reply r, Approval a) {
        return new ApprovalView(a.reviewerName, a.createdAt, a.round, a.textFingerprint,
                a.round == r.round && a.validFor(r.fingerprint));
    }

    private static OutcomeView outcome(Outcome o) {
        return new OutcomeView(o.recordedAt, o.recordedByName, o.assessment.code(), o.repliesReceived, o.reactions,
                o.postRemoved, o.accountSuspended, o.referralResult == null ? null : o.referralResult.code(), o.note);
    }
}
