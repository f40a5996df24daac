package org.contrepoint.support;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.contrepoint.identity.Person;

/** Embedded accounts that only tests need: a person with no role, a person whose account gets disabled. */
@ApplicationScoped
public class TestPeople {

    @Transactional
    public Person ensure(String username, List<String> roles) {
        Person person = Person.findEmbedded(username).orElse(null);
        if (person == null) {
            person = Person.create(Person.EMBEDDED_ISSUER, username, username, "Test " + username, Instant.now());
            person.passwordHash = BcryptUtil.bcryptHash("demo");
            person.persist();
        }
        person.enabled = true;
        person.assignRoles(roles);
        return person;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        Person.findEmbedded(username).orElseThrow().enabled = enabled;
    }
}
