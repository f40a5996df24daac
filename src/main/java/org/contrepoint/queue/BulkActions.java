package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;

/** Actions on several selected posts at once; posts the action does not apply to are counted, not changed. */
@ApplicationScoped
public class BulkActions {

    public static final int MAX = 200;

    public record Result(int changed, int skipped) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public Result assign(List<Long> ids, long personId) {
        Person person = Person.findById(personId);
        if (person == null || !person.enabled || !person.roles().contains(Role.COMMUNITY_MANAGER_ID)) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        Instant now = clock.instant();
        return each(ids, "post.reassign", "à " + person.username + " (lot)", post -> {
            if (post.assigneeId != null || !post.status.open()) {
                throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
            }
            post.reassignTo(person.id, person.displayName, now);
        });
    }

    @Transactional
    public Result tag(List<Long> ids, String narrative) {
        if (Narrative.findById(narrative) == null) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        Map<String, Integer> narrativeWeights = Narrative.weights();
        QueueSettings.Weights weights = QueueSettings.current().weights();
        return each(ids, "post.tag", "récit " + narrative + " (lot)", post -> {
            if (!post.tag(narrative, narrativeWeights, weights)) {
                throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
            }
        });
    }

    @Transactional
    public Result dismiss(List<Long> ids, String reason) {
        Instant now = clock.instant();
        return each(ids, "post.decide", "dismiss (lot) : " + reason,
                post -> post.dismiss(user.personId(), user.username(), reason, now));
    }

    private Result each(List<Long> ids, String action, String detail, java.util.function.Consumer<Post> change) {
        int changed = 0;
        int skipped = 0;
        for (Long id : Set.copyOf(ids)) {
            Post post = Post.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (post == null) {
                skipped++;
                continue;
            }
            String before = post.stateFingerprint();
            try {
                change.accept(post);
            } catch (QueueConflict e) {
                skipped++;
                continue;
            }
            audit.record(AuditEvent.of(action, "post", id.toString(), detail)
                    .withFingerprints(before, post.stateFingerprint()));
            changed++;
        }
        return new Result(changed, skipped);
    }
}
