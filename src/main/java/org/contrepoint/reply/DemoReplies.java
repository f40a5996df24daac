package org.contrepoint.reply;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.Person;
import org.contrepoint.queue.DecisionKind;
import org.contrepoint.queue.DecisionRecord;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.PostSource;
import org.contrepoint.signoff.SignoffPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A few replies for the demo, so that each role finds something to do: one waiting for the reviewers, one approved
 * and waiting to be published, one published with an outcome. They go through the entities' own moves and the
 * audit log, on the demo posts and seeded templates; seeded once (while no demo post has a reply).
 */
@ApplicationScoped
public class DemoReplies {

    private static final Logger LOG = Logger.getLogger(DemoReplies.class);
    private static final String RESOURCE = "https://www.stop-djihadisme.gouv.fr";

    @ConfigProperty(name = "contrepoint.demo-data")
    boolean demoData;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** After the accounts, the library and the demo posts (their observers have the default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (demoData) {
            try {
                seed();
            } catch (RuntimeException e) {
                // The demo must start even if its examples drift from the seed library; say so and go on.
                LOG.warnf("Demo replies not created: %s", e.getMessage());
            }
        }
    }

    @Transactional
    public void seed() {
        if (Post.count("source", PostSource.DEMO) == 0
                || Reply.count("postId in (select p.id from Post p where p.source = ?1)", PostSource.DEMO) > 0) {
            return;
        }
        Person manager = Person.findEmbedded("manager").orElseThrow();
        Person reviewer = Person.findEmbedded("reviewer").orElseThrow();
        Instant now = clock.instant();
        Reply waiting = start("demo-0-1", "califat-temoignage-raqqa", manager, now.minus(Duration.ofHours(3)));
        submit(waiting, manager, now.minus(Duration.ofHours(2)));
        Reply approved = start("demo-0-5", "romance-amour-ou-emprise", manager, now.minus(Duration.ofHours(6)));
        submit(approved, manager, now.minus(Duration.ofHours(5)));
        approve(approved, reviewer, now.minus(Duration.ofHours(4)));
        Reply published = start("demo-0-8", "conspiracy-not-western-propaganda", manager,
                now.minus(Duration.ofDays(3)));
        submit(published, manager, now.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        approve(published, reviewer, now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
        publish(published, manager, now.minus(Duration.ofDays(3)).plus(Duration.ofHours(3)));
        outcome(published, manager, now.minus(Duration.ofDays(1)));
        LOG.info("Demo replies: 3 created (submitted, approved, published)");
    }

    private Reply start(String platformId, String templateId, Person manager, Instant at) {
        Post post = Post.find("platformId", platformId).firstResult();
        Signer author = signer(manager);
        post.claimBy(manager.id, manager.displayName, at);
        post.decide(manager.id, manager.displayName, new DecisionRecord(DecisionKind.RESPOND,
                "Audience réelle et récit bien connu : une réponse factuelle est utile.", null, null, null), at);
        record(manager, AuditEvent.of("post.decide", "post", post.id.toString(), "respond (démo)"));
        ReplySource source = ReplySource.usable(templateId, post.platform, LocalDate.ofInstant(at, ZoneOffset.UTC));
        Map<String, String> values = new LinkedHashMap<>();
        source.variables().forEach(name -> values.put(name, "auteur".equals(name) ? "" : RESOURCE));
        values.replaceAll((name, value) -> value.isEmpty() ? post.authorHandle : value);
        Reply reply = Reply.draft(post.id, post.platform, source.version().language, author, templateId,
                source.version().id, ReplySource.baseline(source, values), source.text(), values, at);
        reply.persist();
        record(manager, AuditEvent.of("reply.create", "reply", reply.id.toString(), "démo, modèle " + templateId));
        return reply;
    }

    private void submit(Reply reply, Person manager, Instant at) {
        Post post = Post.findById(reply.postId);
        reply.submit(signer(manager), SignoffPolicy.of(post.risk).approvalsFor(true, reply.departure), at);
        record(manager, AuditEvent.of("reply.submit", "reply", reply.id.toString(), "démo"));
    }

    private void approve(Reply reply, Person reviewer, Instant at) {
        reply.approve(new Signer(reviewer.id, reviewer.displayName, false, true), at).persist();
        record(reviewer, AuditEvent.of("reply.approve", "reply", reply.id.toString(), "démo"));
    }

    private void publish(Reply reply, Person manager, Instant at) {
        reply.publish(signer(manager), "https://exemple.invalid/reponse/demo-" + reply.id, at, at);
        TemplateUsage.forUpdate(reply.templateId).countUse();
        record(manager, AuditEvent.of("reply.publish", "reply", reply.id.toString(), "démo"));
    }

    private void outcome(Reply reply, Person manager, Instant at) {
        Outcome o = new OutcomeForm("3", "41", false, false, null, "positive",
                "Deux personnes ont demandé les sources (exemple fictif).").toOutcome(reply.id, manager.displayName, at);
        o.persist();
        TemplateUsage.forUpdate(reply.templateId).reassess(null, o.assessment);
        record(manager, AuditEvent.of("reply.outcome", "reply", reply.id.toString(), "démo"));
    }

    private void record(Person person, AuditEvent event) {
        audit.recordAs(Actor.of(person), event);
    }

    private static Signer signer(Person manager) {
        return new Signer(manager.id, manager.displayName, true, false);
    }
}
