package org.contrepoint.discussion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.junit.jupiter.api.Test;

class SubjectTest {

    private static Person person(long id, String... roles) {
        Person person = new Person();
        person.id = id;
        person.assignRoles(List.of(roles));
        return person;
    }

    @Test
    void audienceIsTheseRolesPlusThesePeople() {
        Predicate<Person> audience = Subject.audience(Set.of(Role.REVIEWER_ID), List.of(5L));
        assertTrue(audience.test(person(1, Role.REVIEWER_ID)));
        assertTrue(audience.test(person(5, Role.CONTRIBUTOR_ID)), "the listed author, whatever their roles");
        assertFalse(audience.test(person(6, Role.CONTRIBUTOR_ID)));
        assertFalse(audience.test(person(7, Role.ADMIN_ID, Role.COMMUNITY_MANAGER_ID)));
    }

    @Test
    void aSubjectLinksOnlyToAPageOfContrepoint() {
        Predicate<Person> anyone = p -> true;
        new Subject("reply", "42", "#42", "/replies/42#discussion", anyone);
        assertThrows(IllegalArgumentException.class, () -> new Subject("reply", "42", "#42", "https://evil.example/", anyone));
        assertThrows(IllegalArgumentException.class, () -> new Subject("reply", "42", "#42", "//evil.example/", anyone));
        assertThrows(IllegalArgumentException.class, () -> new Subject("a-type-name-longer-than-thirty-chars", "1", "x", "/", anyone));
        assertThrows(IllegalArgumentException.class, () -> new Subject("reply", "", "x", "/", anyone));
    }
}
