package org.contrepoint.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.identity.Person;
import org.contrepoint.queue.DecisionKind;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.PostStatus;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.Signer;

/** Posts ready to be answered and reply drafts, for the sign-off tests. */
@ApplicationScoped
public class ReplySamples {

    @Inject
    QueueSamples queue;

    /** A new post on X, decided "respond" and held by this person, at this risk level; returns its id. */
    public long answerablePost(String holder, RiskLevel risk) {
        return answerablePost(holder, risk, "x");
    }

    /** The same on another platform (its code, e.g. "facebook"). */
    public long answerablePost(String holder, RiskLevel risk, String platform) {
        var item = queue.item("t-" + UUID.randomUUID(), "Publication fictive à laquelle répondre " + UUID.randomUUID());
        item.put("platform", platform);
        long id = queue.create(item);
        holdAndRespond(id, holder, risk);
        return id;
    }

    @Transactional
    void holdAndRespond(long postId, String holder, RiskLevel risk) {
        Person person = Person.findEmbedded(holder).orElseThrow();
        Post post = Post.findById(postId);
        post.assigneeId = person.id;
        post.assigneeName = person.displayName;
        post.claimedAt = Instant.now();
        post.decision = DecisionKind.RESPOND;
        post.decisionReason = "test";
        post.decidedAt = Instant.now();
        post.decidedBy = holder;
        post.status = PostStatus.DECIDED;
        post.risk = risk;
    }

    /** A free-text draft by this person on a new answerable post; returns the reply's id. */
    @Transactional
    public long draft(String author, String text) {
        long postId = answerablePost(author, RiskLevel.MEDIUM);
        Person person = Person.findEmbedded(author).orElseThrow();
        Post post = Post.findById(postId);
        Reply reply = Reply.draft(postId, post.platform, "fr", new Signer(person.id, person.displayName, true, false),
                null, null, null, text, Map.of(), Instant.now());
        reply.persist();
        return reply.id;
    }
}
