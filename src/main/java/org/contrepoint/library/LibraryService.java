package org.contrepoint.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;

/**
 * Proposals and reviews of templates, by the person behind the request. Each method is one transaction that
 * changes the library, writes one audit entry per change and bumps the library revision.
 */
@ApplicationScoped
public class LibraryService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Fields in error, in French; empty when the content is acceptable. */
    public Map<String, String> check(TemplateContent content, boolean strict) {
        return ContentRules.check(content, narrativeCodes(), strategyCodes(), strict);
    }

    public static Set<String> narrativeCodes() {
        return Narrative.<Narrative>listAll().stream().map(n -> n.code).collect(Collectors.toSet());
    }

    public static Set<String> strategyCodes() {
        return Strategy.<Strategy>listAll().stream().map(s -> s.code).collect(Collectors.toSet());
    }

    /** A new template, or a new version of {@code templateId}, submitted for review by the current person. */
    @Transactional
    public TemplateVersion propose(String templateId, TemplateContent content) {
        TemplateContent authored = withAuthor(content);
        Template template;
        if (templateId == null) {
            template = Template.create(newId(authored.title()), clock.instant());
            template.persist();
            audit.record("library.template.created", "template", template.id, authored.title());
        } else {
            template = Template.findById(templateId);
            if (template == null || template.isRetired()) {
                throw new IllegalTransitionException("Ce modèle n’existe pas ou a été retiré.");
            }
        }
        TemplateVersion version = TemplateVersion.draft(template.id, template.nextVersionNumber(), authored,
                user.personId(), clock.instant());
        version.submit(clock.instant());
        version.persist();
        audit.record(AuditEvent.of("library.version.submitted", "template-version", ref(version),
                "v" + version.number).withFingerprints(null, version.fingerprint));
        LibraryRevision.bump();
        return version;
    }

    /** The author revises a version sent back for changes (or a draft) and submits it again. */
    @Transactional
    public TemplateVersion revise(long versionId, int expectedVersion, TemplateContent content) {
        TemplateVersion version = ownVersion(versionId);
        requireFresh(version.version, expectedVersion);
        String before = version.fingerprint;
        version.revise(withAuthor(content));
        version.submit(clock.instant());
        audit.record(AuditEvent.of("library.version.resubmitted", "template-version", ref(version),
                "v" + version.number).withFingerprints(before, version.fingerprint));
        LibraryRevision.bump();
        return version;
    }

    @Transactional
    public void publish(long versionId, int expectedVersion) {
        TemplateVersion version = reviewable(versionId, expectedVersion);
        version.publish(user.personId(), user.displayName(), clock.instant());
        Template template = Template.findById(version.templateId);
        String before = template.isPublished() ? template.current().fingerprint : null;
        template.showVersion(version);
        audit.record(AuditEvent.of("library.version.published", "template-version", ref(version), null)
                .withFingerprints(before, version.fingerprint));
        LibraryRevision.bump();
    }

    @Transactional
    public void requestChanges(long versionId, int expectedVersion, String reason) {
        TemplateVersion version = reviewable(versionId, expectedVersion);
        version.requestChanges(user.personId(), user.displayName(), reason, clock.instant());
        audit.record("library.version.changes-requested", "template-version", ref(version), reason);
        LibraryRevision.bump();
    }

    @Transactional
    public void reject(long versionId, int expectedVersion, String reason) {
        TemplateVersion version = reviewable(versionId, expectedVersion);
        version.reject(user.personId(), user.displayName(), reason, clock.instant());
        audit.record("library.version.rejected", "template-version", ref(version), reason);
        LibraryRevision.bump();
    }

    @Transactional
    public void retire(String templateId, int expectedVersion) {
        Template template = Template.findById(templateId);
        if (template == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        requireFresh(template.version, expectedVersion);
        template.retire(clock.instant());
        audit.record("library.template.retired", "template", template.id, null);
        LibraryRevision.bump();
    }

    private TemplateVersion reviewable(long versionId, int expectedVersion) {
        if (!user.hasRole(Role.REVIEWER_ID)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        TemplateVersion version = TemplateVersion.findById(versionId);
        if (version == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        requireFresh(version.version, expectedVersion);
        return version;
    }

    private TemplateVersion ownVersion(long versionId) {
        TemplateVersion version = TemplateVersion.findById(versionId);
        if (version == null || !java.util.Objects.equals(version.authorId, user.personId())) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return version;
    }

    /** Hibernate does not compare a version copied from a form: the check is ours. */
    static void requireFresh(int current, int expected) {
        if (current != expected) {
            throw new StaleException();
        }
    }

    private TemplateContent withAuthor(TemplateContent c) {
        return new TemplateContent(c.title(), c.body(), c.language(), c.narratives(), c.strategy(),
                c.attribution(), c.tone(), c.gammma(), c.variants(), c.sources(), c.reviewDate(),
                user.displayName(), c.changeNote());
    }

    static String ref(TemplateVersion v) {
        return v.templateId + "@" + v.number;
    }

    /** A readable, stable id from the title, made unique with a short random suffix. */
    static String newId(String title) {
        String base = Normalizer.normalize(title == null ? "modele" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (base.length() > 50) {
            base = base.substring(0, 50).replaceAll("-$", "");
        }
        if (base.isEmpty()) {
            base = "modele";
        }
        String id;
        do {
            id = base + "-" + Integer.toString(1000 + RANDOM.nextInt(9000), 36);
        } while (Template.findById(id) != null);
        return id;
    }

    /** A form or a request carried a version someone has changed since. */
    public static class StaleException extends RuntimeException {
        public StaleException() {
            super("Ce contenu a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.");
        }
    }
}
