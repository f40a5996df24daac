package org.contrepoint.audit;

import org.contrepoint.identity.Person;

/** Who did something, as the audit log records it. */
public record Actor(Long personId, String name, String roles) {

    public static Actor of(Person person) {
        return new Actor(person.id, person.username, String.join(",", person.roles()));
    }

    /** Someone not signed in, e.g. a failed sign-in with the name they typed. */
    public static Actor anonymous(String claimedName) {
        String name = claimedName == null || claimedName.isBlank() ? "anonymous" : "anonymous:" + claimedName;
        return new Actor(null, AuditEntry.clip(name, 200), "");
    }

    public static Actor system() {
        return new Actor(null, "system", "");
    }
}
