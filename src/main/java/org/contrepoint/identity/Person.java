package org.contrepoint.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.web.ReferenceChanges;

/**
 * A person known to Contrepoint, keyed on the identity provider's issuer and subject (never on e-mail, which
 * people change and providers do not guarantee unique).
 */
@Entity
@EntityListeners(ReferenceChanges.Listener.class)
public class Person extends PanacheEntityBase {

    /** Issuer of the accounts stored in Contrepoint itself (demo mode). */
    public static final String EMBEDDED_ISSUER = "urn:contrepoint:embedded";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    /** bcrypt hash, only for embedded accounts. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated role ids; for OIDC people, the roles of their last sign-in. */
    @Column(nullable = false)
    String roles = "";

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** "fr" or "en": the language of the e-mails sent to this person; French when unknown. */
    @Column(name = "preferred_locale")
    public String preferredLocale;

    @Version
    public int version;

    public static Optional<Person> findByIdentity(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    public static Optional<Person> findEmbedded(String username) {
        return findByIdentity(EMBEDDED_ISSUER, username);
    }

    public static Person create(String issuer, String subject, String username, String displayName, Instant now) {
        Person person = new Person();
        person.issuer = issuer;
        person.subject = subject;
        person.username = username;
        person.displayName = displayName;
        person.createdAt = now;
        return person;
    }

    /** The enabled people holding a role, by display name (roles are a list in one column: filtered exactly here). */
    public static java.util.List<Person> enabledWithRole(String roleId) {
        return Person.<Person>list("enabled = true and roles like ?1 order by displayName", "%" + roleId + "%")
                .stream().filter(p -> p.roles().contains(roleId)).toList();
    }

    public Set<String> roles() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Keeps only the roles Contrepoint knows, so a typo in the identity provider grants nothing. */
    public void assignRoles(Collection<String> roleIds) {
        this.roles = roleIds.stream().filter(r -> Role.fromId(r).isPresent()).sorted().distinct()
                .collect(Collectors.joining(","));
    }

    public java.util.Locale locale() {
        return "en".equals(preferredLocale) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
    }

    public boolean canSignIn() {
        return enabled;
    }
}
