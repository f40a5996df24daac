package org.contrepoint.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Keeps person records in step with what the identity provider says about them. */
@ApplicationScoped
public class PersonDirectory {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Person syncFromToken(JsonWebToken token, Set<String> roles) {
        String username = firstNonBlank(token.getClaim("preferred_username"), token.getSubject());
        String displayName = firstNonBlank(token.getClaim("name"), username);
        Person person = Person.findByIdentity(token.getIssuer(), token.getSubject()).orElse(null);
        if (person == null) {
            person = Person.create(token.getIssuer(), token.getSubject(), username, displayName, clock.instant());
            person.email = token.getClaim("email");
            person.assignRoles(roles);
            person.persist();
            audit.recordAs(Actor.of(person), "person.created", "person", String.valueOf(person.id),
                    "issuer=" + token.getIssuer());
            return person;
        }
        String before = person.username + "|" + person.displayName + "|" + person.roles();
        person.username = username;
        person.displayName = displayName;
        person.email = token.getClaim("email");
        person.assignRoles(roles);
        String after = person.username + "|" + person.displayName + "|" + person.roles();
        if (!before.equals(after)) {
            audit.recordAs(Actor.of(person), "person.synced", "person", String.valueOf(person.id), after);
        }
        return person;
    }

    private static String firstNonBlank(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
