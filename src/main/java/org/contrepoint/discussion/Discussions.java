package org.contrepoint.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.notification.NotificationKind;
import org.contrepoint.notification.Notifier;

/**
 * Comments on anything, by the person behind the request, with mentions of people by name. The calling feature
 * checks that this person may discuss the subject (its route, its rules) and describes the subject; this service
 * validates, stores, audits ({@code comment.add}) and notifies the people mentioned who may read the discussion.
 *
 * <p>Usage, for a feature with its own page and route (here the reply drafts):
 * <pre>{@code
 * Subject subject = new Subject("reply", String.valueOf(reply.id), "#" + reply.id, "/replies/" + reply.id + "#discussion",
 *         Subject.audience(Set.of(Role.REVIEWER_ID), List.of(reply.authorId)));
 * // GET /replies/{id}: the page template calls {#discussion view=discussion /}
 * DiscussionView discussion = discussions.view(subject, "/replies/" + reply.id + "/comments");
 * // POST /replies/{id}/comments, after the feature's own access check:
 * try {
 *     discussions.comment(subject, body);
 *     return Response.seeOther(URI.create("/replies/" + reply.id + "#discussion")).build();
 * } catch (Discussions.Refused refused) {
 *     return Response.status(400).entity(page(reply, discussions.view(subject, action).rejected(refused.refusal(), body))).build();
 * }
 * }</pre>
 * The tag ({@code templates/tags/discussion.html}, one parameter {@code view}) renders an {@code <h2 id="discussion">}
 * heading, the comments as an {@code <ol>}, and the form; its element ids are fixed, so one discussion per page.
 */
@ApplicationScoped
public class Discussions {

    /** Why a comment is refused; the tag shows the matching message next to the field. */
    public enum Refusal {
        EMPTY("empty"), TOO_LONG("too-long");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A comment refused before anything was written. */
    public static class Refused extends RuntimeException {
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * @param notified    display names of the people notified
     * @param unreachable names written in {@code @[...]} that nobody in the audience bears: nobody was told
     */
    public record Posted(Comment comment, List<String> notified, List<String> unreachable) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    /** Adds a comment by the current person and notifies the people it mentions who may read it. */
    @Transactional
    public Posted comment(Subject subject, String body) {
        String text = normalise(body);
        if (text.isEmpty()) {
            throw new Refused(Refusal.EMPTY);
        }
        if (text.length() > Comment.MAX_LENGTH) {
            throw new Refused(Refusal.TOO_LONG);
        }
        List<Person> audience = audience(subject);
        Mentions.Result parsed = Mentions.parse(text, candidates(audience));
        Comment comment = Comment.of(subject, user.personId(), user.displayName(), text, clock.instant());
        comment.persist();
        // Never the author (mentioning oneself tells nobody anything), never someone who cannot read the subject:
        // the audience is the only place mentions are resolved.
        List<Person> recipients = audience.stream()
                .filter(p -> parsed.mentioned().contains(p.id) && !Objects.equals(p.id, user.personId())).toList();
        audit.record(AuditEvent.of("comment.add", subject.type(), subject.id(), "comment=" + comment.id
                + (recipients.isEmpty() ? "" : "; mentioned=" + recipients.stream().map(p -> String.valueOf(p.id))
                        .collect(Collectors.joining(",")))));
        if (!recipients.isEmpty()) {
            notifier.notify(recipients, NotificationKind.MENTIONED, subject.label(), subject.link(),
                    user.displayName());
        }
        return new Posted(comment, recipients.stream().map(p -> p.displayName).toList(), parsed.unreachable());
    }

    /** The comments on a subject, oldest first. */
    public List<Comment> list(Subject subject) {
        return Comment.about(subject);
    }

    /** The discussion as the current person sees it, its form posting to {@code action}. */
    public DiscussionView view(Subject subject, String action) {
        List<Person> audience = audience(subject);
        List<Mentions.Candidate> candidates = candidates(audience);
        Long reader = user.personId();
        List<DiscussionView.CommentView> comments = list(subject).stream()
                .map(c -> DiscussionView.CommentView.of(c, Mentions.parse(c.body, candidates),
                        reader != null && reader.equals(c.authorId)))
                .toList();
        List<String> mentionable = audience.stream().filter(p -> !Objects.equals(p.id, reader))
                .map(p -> p.displayName).distinct().toList();
        return new DiscussionView(action, comments, mentionable, "", null, 0);
    }

    /** The people who may read the discussion (enabled accounts only), by display name. */
    public List<Person> audience(Subject subject) {
        return Person.<Person>list("enabled = true order by displayName, id").stream()
                .filter(subject.audience()).toList();
    }

    private static List<Mentions.Candidate> candidates(List<Person> audience) {
        return audience.stream().map(p -> new Mentions.Candidate(p.id, p.displayName, p.username)).toList();
    }

    /**
     * Line breaks as a textarea means them (browsers send CRLF, but count one character per break against its
     * maxlength), composed accents (so that names compare and lengths count as people see them), no outer spaces.
     */
    static String normalise(String body) {
        if (body == null) {
            return "";
        }
        return Normalizer.normalize(body.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }
}
