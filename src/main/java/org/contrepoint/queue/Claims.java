package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;

/**
 * Who works a post. The row is locked (SELECT ... FOR UPDATE) before the entity checks its holder, so of two people
 * claiming at once exactly one wins and the other is told who holds it.
 */
@ApplicationScoped
public class Claims {

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    static Post lock(long id) {
        Post post = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (post == null) {
            throw QueueConflict.of(QueueConflict.Kind.NOT_FOUND);
        }
        return post;
    }

    @Transactional
    public Post claim(long id) {
        Post post = lock(id);
        String before = post.stateFingerprint();
        post.claimBy(user.personId(), user.displayName(), clock.instant());
        audit.record(AuditEvent.of("post.claim", "post", post.id.toString(), null)
                .withFingerprints(before, post.stateFingerprint()));
        return post;
    }

    @Transactional
    public Post release(long id, int formVersion) {
        Post post = lock(id);
        post.checkVersion(formVersion);
        String before = post.stateFingerprint();
        String holder = post.assigneeName;
        post.release(user.personId(), user.hasAnyRole(Role.REVIEWER_ID, Role.ADMIN_ID));
        audit.record(AuditEvent.of("post.release", "post", post.id.toString(), "était : " + holder)
                .withFingerprints(before, post.stateFingerprint()));
        return post;
    }

    @Transactional
    public Post reassign(long id, int formVersion, long personId) {
        Post post = lock(id);
        post.checkVersion(formVersion);
        Person person = Person.findById(personId);
        if (person == null || !person.enabled || !person.roles().contains(Role.COMMUNITY_MANAGER_ID)) {
            throw QueueConflict.of(QueueConflict.Kind.ILLEGAL);
        }
        String before = post.stateFingerprint();
        post.reassignTo(person.id, person.displayName, clock.instant());
        audit.record(AuditEvent.of("post.reassign", "post", post.id.toString(), "à " + person.username)
                .withFingerprints(before, post.stateFingerprint()));
        return post;
    }
}
