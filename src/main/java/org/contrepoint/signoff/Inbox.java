package org.contrepoint.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.contrepoint.reply.Reply;

/**
 * What waits for one reviewer: submitted replies by someone else that they have not approved in the current
 * round. The count is shown in the menu on every page, so it is one indexed query.
 */
@ApplicationScoped
public class Inbox {

    private static final String WAITING = "from Reply r where r.status = org.contrepoint.reply.ReplyStatus.SUBMITTED"
            + " and r.authorId <> ?1 and not exists (select a.id from Approval a where a.replyId = r.id"
            + " and a.round = r.round and a.reviewerId = ?1 and a.voidedAt is null)";

    public long count(Long reviewerId) {
        return reviewerId == null ? 0 : Reply.count(WAITING, reviewerId);
    }

    /** Oldest submissions first: they have waited longest. */
    public List<Reply> waiting(long reviewerId) {
        return Reply.list(WAITING + " order by r.submittedAt, r.id", reviewerId);
    }

    /** The first {@code limit} of {@link #waiting(long)}, for summaries. */
    public List<Reply> waiting(long reviewerId, int limit) {
        return Reply.<Reply>find(WAITING + " order by r.submittedAt, r.id", reviewerId).page(0, limit).list();
    }

    /** Approved by this reviewer, still waiting for others. */
    public List<Reply> approvedByMe(long reviewerId) {
        return Reply.list("from Reply r where r.status = org.contrepoint.reply.ReplyStatus.SUBMITTED and exists"
                + " (select a.id from Approval a where a.replyId = r.id and a.round = r.round and a.reviewerId = ?1"
                + " and a.voidedAt is null) order by r.submittedAt, r.id", reviewerId);
    }
}
