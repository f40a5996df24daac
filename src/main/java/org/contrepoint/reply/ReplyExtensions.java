package org.contrepoint.reply;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Objects;
import org.contrepoint.queue.DecisionKind;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.PostStatus;

/** What the post page shows of its replies, without the queue package knowing about replies. */
@TemplateExtension
public class ReplyExtensions {

    private ReplyExtensions() {
    }

    static List<Reply> replies(Post post) {
        return Reply.list("postId = ?1 order by createdAt desc, id desc", post.id);
    }

    /** How often a template was used and how well it did; zeros for a template never used. */
    static TemplateUsage usage(org.contrepoint.library.Template template) {
        TemplateUsage usage = TemplateUsage.findById(template.id);
        if (usage == null) {
            usage = new TemplateUsage();
            usage.templateId = template.id;
        }
        return usage;
    }

    /** The person holds the post and its decision is to respond: they may start a reply. */
    static boolean answerableBy(Post post, Long personId) {
        return (post.decision == DecisionKind.RESPOND || post.decision == DecisionKind.BOTH)
                && post.status == PostStatus.DECIDED && Objects.equals(post.assigneeId, personId);
    }
}
