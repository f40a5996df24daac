package org.contrepoint.reply;

import java.util.List;
import org.contrepoint.library.VersionDiff;
import org.contrepoint.queue.Post;
import org.contrepoint.signoff.Approval;
import org.contrepoint.signoff.ReasonCode;

/** What the reply page shows and what the person looking at it may do, with why a reviewer may not act. */
public record ReplyPage(Reply reply, Post post, ReplySource source, List<Approval> approvals, List<Outcome> outcomes,
        List<ReasonCode> reasons, long personId, boolean manager, boolean reviewer) {

    public boolean author() {
        return reply.isAuthor(personId);
    }

    public boolean canEdit() {
        return author() && reply.status.editable();
    }

    public boolean canSubmit() {
        return author() && (reply.status == ReplyStatus.DRAFT || reply.status == ReplyStatus.CHANGES_REQUESTED);
    }

    public boolean canWithdraw() {
        return author() && !reply.status.finished();
    }

    public boolean canPublish() {
        return author() && reply.status == ReplyStatus.APPROVED;
    }

    public boolean canRecordOutcome() {
        return manager && reply.status == ReplyStatus.PUBLISHED;
    }

    /** A reviewer looking at a submitted reply they may decide on. */
    public boolean canDecide() {
        return cannotDecide() == null && reply.status == ReplyStatus.SUBMITTED;
    }

    /** Why this reviewer cannot act (a message key suffix), or null; only for reviewers. */
    public String cannotDecide() {
        if (!reviewer) {
            return null;
        }
        if (author()) {
            return "OWN_REPLY";
        }
        if (reply.status == ReplyStatus.APPROVED) {
            return "POLICY_MET";
        }
        if (reply.status == ReplyStatus.SUBMITTED && reply.approvedBy(personId)) {
            return "ALREADY_APPROVED";
        }
        return null;
    }

    public String finalText() {
        return reply.finalText();
    }

    /** Characters over the platform's limit, 0 when the text fits. */
    public int overBy() {
        return Math.max(0, -reply.lengthLeft());
    }

    public boolean tooLong() {
        return reply.lengthLeft() < 0;
    }

    public List<String> leftovers() {
        return ReplyText.leftovers(reply.finalText());
    }

    /** Word diff from the vetted text (variables filled) to the reply's text; empty for a free text. */
    public List<VersionDiff.Segment> diff() {
        return reply.baseline == null ? List.of() : VersionDiff.words(reply.baseline, reply.finalText());
    }

    public int validApprovals() {
        return reply.validApprovals().size();
    }

    /** The label of the reason given, looked up among all codes: a code retired since still has its words. */
    public String reasonLabel(java.util.Locale locale) {
        ReasonCode code = reply.reasonCode == null ? null : ReasonCode.findById(reply.reasonCode);
        return code == null ? reply.reasonCode : code.label(locale);
    }

    public List<ReferralResult> referralResults() {
        return List.of(ReferralResult.values());
    }

    public boolean rtl() {
        return "ar".equals(reply.language);
    }
}
