package org.contrepoint.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.notification.NotificationKind;
import org.contrepoint.notification.Notifier;
import org.contrepoint.queue.Post;
import org.contrepoint.reply.ReplyRefusal.Reason;
import org.contrepoint.signoff.SignoffPolicy;

/** The author's side of a reply: start, edit, submit, withdraw, publish. Each move is one audited transaction. */
@ApplicationScoped
public class Replies {

    /** What an edit did: the reply, and how many approvals the change of text voided. */
    public record Edited(Reply reply, int voidedApprovals) {
    }

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Notifier notifier;
    @Inject
    Clock clock;

    /** A post a reply may be started for: decided "respond" (or "respond and refer") and held by this person. */
    public static void requireAnswerable(Post post, long personId) {
        if (!ReplyExtensions.answerableBy(post, personId)) {
            throw new ReplyRefusal(Reason.POST_NOT_ANSWERABLE);
        }
    }

    @Transactional
    public Reply start(long postId, String templateId, String text, Map<String, String> values) {
        Post post = Post.findById(postId);
        if (post == null) {
            throw new NotFoundException();
        }
        Signer author = requireManager();
        requireAnswerable(post, author.personId());
        ReplySource source = templateId == null || templateId.isBlank() ? null
                : ReplySource.usable(templateId, post.platform, today());
        if (templateId != null && !templateId.isBlank() && source == null) {
            throw new ReplyRefusal(Reason.ILLEGAL_STATE);
        }
        Map<String, String> kept = ReplyText.relevant(ReplySource.askingFor(source, text), values);
        Reply reply = Reply.draft(post.id, post.platform, source == null ? post.language : source.version().language,
                author, source == null ? null : source.template().id, source == null ? null : source.version().id,
                ReplySource.baseline(source, kept), text, kept, clock.instant());
        reply.persist();
        audit.record(AuditEvent.of("reply.create", "reply", reply.id.toString(),
                "publication " + post.id + (source == null ? ", texte libre" : ", modèle " + source.template().id
                        + " v" + source.version().number))
                .withFingerprints(null, reply.stateFingerprint()));
        return reply;
    }

    @Transactional
    public Edited edit(long id, int formVersion, String text, Map<String, String> values) {
        Reply reply = lock(id);
        reply.checkVersion(formVersion);
        String before = reply.stateFingerprint();
        ReplySource source = ReplySource.of(reply);
        Map<String, String> kept = ReplyText.relevant(ReplySource.askingFor(source, text), values);
        int voided = reply.edit(requireSigner(), ReplySource.baseline(source, kept), text, kept, clock.instant());
        audit.record(AuditEvent.of("reply.edit", "reply", reply.id.toString(),
                voided == 0 ? "écart " + reply.departure + " %" : voided + " approbation(s) annulée(s) : texte modifié")
                .withFingerprints(before, reply.stateFingerprint()));
        return new Edited(reply, voided);
    }

    @Transactional
    public Reply submit(long id, int formVersion) {
        Reply reply = lock(id);
        reply.checkVersion(formVersion);
        Post post = Post.findById(reply.postId);
        String before = reply.stateFingerprint();
        int needed = SignoffPolicy.of(post.risk).approvalsFor(reply.templateId != null, reply.departure);
        reply.submit(requireSigner(), needed, clock.instant());
        audit.record(AuditEvent.of("reply.submit", "reply", reply.id.toString(),
                "tour " + reply.round + ", " + needed + " approbation(s) requise(s), écart " + reply.departure
                        + " %, empreinte " + reply.fingerprint)
                .withFingerprints(before, reply.stateFingerprint()));
        notifier.notify(reviewersOtherThan(reply.authorId), NotificationKind.DRAFT_SUBMITTED, label(reply, post),
                "/replies/" + reply.id, reply.authorName);
        return reply;
    }

    @Transactional
    public Reply withdraw(long id, int formVersion) {
        Reply reply = lock(id);
        reply.checkVersion(formVersion);
        String before = reply.stateFingerprint();
        reply.withdraw(requireSigner(), clock.instant());
        audit.record(AuditEvent.of("reply.withdraw", "reply", reply.id.toString(), null)
                .withFingerprints(before, reply.stateFingerprint()));
        return reply;
    }

    @Transactional
    public Reply publish(long id, int formVersion, String url, Instant at) {
        Reply reply = lock(id);
        reply.checkVersion(formVersion);
        String before = reply.stateFingerprint();
        reply.publish(requireSigner(), url, at, clock.instant());
        if (reply.templateId != null) {
            TemplateUsage.forUpdate(reply.templateId).countUse();
        }
        audit.record(AuditEvent.of("reply.publish", "reply", reply.id.toString(),
                reply.publishedUrl + " à " + reply.publishedAt + ", empreinte " + reply.fingerprint)
                .withFingerprints(before, reply.stateFingerprint()));
        return reply;
    }

    /**
     * The reply, its row locked until the transaction ends: two people acting at once are serialised here. The row
     * is locked by a plain {@code for update} first, then the reply loaded: finding it with {@code PESSIMISTIC_WRITE} made Hibernate lock its eager collections
     * with a follow-on query, which on PostgreSQL now and then failed inside Hibernate with a
     * ConcurrentModificationException (LockingHelper.segmentLoadedValues) when two approvals raced: a 500 in CI.
     */
    public static Reply lock(long id) {
        List<?> locked = Reply.getEntityManager().createNativeQuery("select id from reply where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            throw new NotFoundException();
        }
        return Reply.findById(id);
    }

    public static String label(Reply reply, Post post) {
        return "Réponse n° " + reply.id + " (" + post.platform.label(Locale.FRENCH) + ", publication n° " + post.id + ")";
    }

    /** The enabled reviewers who may decide on a reply by this author (never the author). */
    public static List<Person> reviewersOtherThan(long authorId) {
        return Person.enabledWithRole(Role.REVIEWER_ID).stream().filter(p -> p.id != authorId).toList();
    }

    private Signer requireManager() {
        Signer signer = requireSigner();
        if (!signer.manager()) {
            throw new ReplyRefusal(Reason.WRONG_ROLE);
        }
        return signer;
    }

    private Signer requireSigner() {
        return Signer.of(user);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
