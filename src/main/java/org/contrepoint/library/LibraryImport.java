package org.contrepoint.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;

/**
 * Brings templates in from the library's files or from the admin bulk API. Everything is checked before anything
 * is written, and all is applied in one transaction: a batch is whole or absent.
 */
@ApplicationScoped
public class LibraryImport {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What an import of files did. */
    public record Outcome(int created, int newVersions, int unchanged) {
    }

    /** Files with errors: by file path, then by field. Nothing was written. */
    public static class Refused extends RuntimeException {
        public final Map<String, Map<String, String>> errors;

        public Refused(Map<String, Map<String, String>> errors) {
            super("Import refusé : " + errors.size() + " élément(s) en erreur");
            this.errors = errors;
        }
    }

    /** One item of the bulk API, already checked. */
    public record Item(String externalId, TemplateContent content) {
    }

    /** One answer of the bulk API, in the order of the request. */
    public record ItemResult(String externalId, String id, boolean created) {
    }

    public Map<String, Map<String, String>> checkFiles(List<LibraryFiles.TemplateFile> files) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        var narratives = LibraryService.narrativeCodes();
        var strategies = LibraryService.strategyCodes();
        Map<String, String> seen = new LinkedHashMap<>();
        for (LibraryFiles.TemplateFile f : files) {
            Map<String, String> e = new LinkedHashMap<>(ContentRules.check(f.content(), narratives, strategies, true));
            String other = seen.put(f.id(), f.path());
            if (other != null) {
                e.put("id", "Identifiant déjà utilisé par " + other + ".");
            }
            if (!e.isEmpty()) {
                errors.put(f.path(), e);
            }
        }
        return errors;
    }

    /**
     * Applies files as README § 5.1 says: an unknown id creates a template published as imported; content equal to
     * the template's latest version changes nothing; different content becomes a new version submitted for review.
     */
    @Transactional
    public Outcome importFiles(List<LibraryFiles.TemplateFile> files, Actor actor) {
        Map<String, Map<String, String>> errors = checkFiles(files);
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        int created = 0;
        int newVersions = 0;
        int unchanged = 0;
        for (LibraryFiles.TemplateFile f : files) {
            Template template = Template.findById(f.id());
            String fingerprint = f.content().fingerprint(f.id());
            if (template == null) {
                template = Template.create(f.id(), clock.instant());
                template.persist();
                TemplateVersion v = TemplateVersion.draft(f.id(), 1, f.content(), null, clock.instant());
                v.persist();
                v.publishAsImported(actor.personId(), actor.name(), clock.instant());
                template.showVersion(v);
                audit.recordAs(actor, AuditEvent.of("library.version.imported", "template-version",
                        LibraryService.ref(v), f.path()).withFingerprints(null, fingerprint));
                created++;
                continue;
            }
            // Unchanged when equal to the latest version (README § 5.1) or to the published one: a pending proposal
            // must not make the unchanged file look new at every start.
            TemplateVersion latest = TemplateVersion.find("templateId = ?1 order by number desc", f.id()).firstResult();
            TemplateVersion current = template.current();
            if ((latest != null && latest.fingerprint.equals(fingerprint))
                    || (current != null && current.fingerprint.equals(fingerprint))) {
                unchanged++;
                continue;
            }
            TemplateVersion v = TemplateVersion.draft(f.id(), template.nextVersionNumber(), f.content(), null,
                    clock.instant());
            v.submit(clock.instant());
            v.persist();
            audit.recordAs(actor, AuditEvent.of("library.version.submitted", "template-version",
                    LibraryService.ref(v), f.path()).withFingerprints(latest == null ? null : latest.fingerprint,
                    fingerprint));
            newVersions++;
        }
        if (created + newVersions > 0) {
            audit.recordAs(actor, "library.import", "library", "files",
                    "created=" + created + " newVersions=" + newVersions + " unchanged=" + unchanged);
            LibraryRevision.bump();
        }
        return new Outcome(created, newVersions, unchanged);
    }

    /** The admin bulk API: each item published as imported by the admin, idempotent on the external id. */
    @Transactional
    public List<ItemResult> importItems(List<Item> items, Actor admin) {
        List<ItemResult> results = new ArrayList<>();
        int created = 0;
        for (Item item : items) {
            Template existing = item.externalId() == null ? null
                    : Template.find("externalId", item.externalId()).firstResult();
            if (existing != null) {
                results.add(new ItemResult(item.externalId(), existing.id, false));
                continue;
            }
            Template template = Template.create(LibraryService.newId(item.content().title()), clock.instant());
            template.externalId = item.externalId();
            template.persist();
            TemplateVersion v = TemplateVersion.draft(template.id, 1, item.content(), admin.personId(),
                    clock.instant());
            v.persist();
            v.publishAsImported(admin.personId(), admin.name(), clock.instant());
            template.showVersion(v);
            audit.recordAs(admin, AuditEvent.of("library.version.imported", "template-version",
                    LibraryService.ref(v), "api externalId=" + item.externalId()).withFingerprints(null, v.fingerprint));
            results.add(new ItemResult(item.externalId(), template.id, true));
            created++;
        }
        if (created > 0) {
            audit.recordAs(admin, "library.import", "library", "api", "created=" + created);
            LibraryRevision.bump();
        }
        return results;
    }
}
