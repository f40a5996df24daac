package org.contrepoint.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.contrepoint.audit.AuditLog;

/** What a person chooses for themselves. */
@ApplicationScoped
public class PersonPreferences {

    @Inject
    AuditLog audit;

    @Transactional
    public void setLocale(Long personId, String locale) {
        Person person = personId == null ? null : Person.findById(personId);
        if (person == null || locale.equals(person.preferredLocale)) {
            return;
        }
        person.preferredLocale = locale;
        audit.record("person.locale", "person", String.valueOf(person.id), "locale=" + locale);
    }
}
