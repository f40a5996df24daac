package org.contrepoint.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a person, with the attributes the rest of the app reads. */
final class Identities {

    static final String PERSON_ID = "contrepoint.person-id";
    static final String DISPLAY_NAME = "contrepoint.display-name";

    private Identities() {
    }

    static SecurityIdentity of(Person person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.username))
                .addRoles(person.roles())
                .addAttribute(PERSON_ID, person.id)
                .addAttribute(DISPLAY_NAME, person.displayName)
                .build();
    }
}
