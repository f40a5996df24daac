package org.contrepoint.discussion;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.contrepoint.identity.Person;

/**
 * What a discussion is about, described by the feature that owns it.
 *
 * @param type     kind of thing discussed, at most 30 characters ("template-version", "reply"); also the audit
 *                 log's object type
 * @param id       its id, at most 80 characters; also the audit log's object id
 * @param label    how notifications name it (a title, "#42")
 * @param link     the page where the discussion is, for notifications (a path such as "/replies/42#discussion")
 * @param audience who may read the discussion: only they can be mentioned and notified
 */
public record Subject(String type, String id, String label, String link, Predicate<Person> audience) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(audience, "audience");
        if (type.isBlank() || type.length() > 30 || id.isBlank() || id.length() > 80) {
            throw new IllegalArgumentException("subject type or id empty or too long: " + type + "/" + id);
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            // Notifications only ever lead to a page of Contrepoint; failing here says which feature got it wrong.
            throw new IllegalArgumentException("a subject's link is a path of Contrepoint: " + link);
        }
    }

    /** People holding any of these roles, plus these people (an author, say), whatever their roles. */
    public static Predicate<Person> audience(Set<String> roles, Collection<Long> people) {
        Set<String> anyRole = Set.copyOf(roles);
        Set<Long> named = Set.copyOf(people.stream().filter(Objects::nonNull).toList());
        return person -> named.contains(person.id) || person.roles().stream().anyMatch(anyRole::contains);
    }
}
