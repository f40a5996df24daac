package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Set<String>> unchangedAs = unchangedFingerprints(
                files.stream().map(LibraryFiles.TemplateFile::id).toList());
        for (LibraryFiles.TemplateFile f : files) {
            String fingerprint = f.content().fingerprint(f.id());
            if (unchangedAs.getOrDefault(f.id(), Set.of()).contains(fingerprint)) {
                unchanged++;
                continue;
            }
            Template template = Template.findById(f.id());
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
            TemplateVersion latest = TemplateVersion.find("templateId = ?1 order by number desc", f.id()).firstResult();
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

    /**
     * For each of these templates, the fingerprints its file may have and still be unchanged: its latest version's
     * (README § 5.1) and its published one's, since a pending proposal must not make the unchanged file look new at
     * every start. One query for the whole folder, which is nearly always unchanged.
     */
    static Map<String, Set<String>> unchangedFingerprints(List<String> templateIds) {
        Map<String, Set<String>> known = new HashMap<>();
        if (templateIds.isEmpty()) {
            return known;
        }
        // SQL rather than HQL: at start-up, the first parse of this query by a cold HQL parser cost more than the
        // fifty lookups it replaces.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select v.template_id, v.fingerprint"
                + " from library_version v where v.template_id in (:ids)"
                + " and (v.number = (select max(w.number) from library_version w where w.template_id = v.template_id)"
                + " or v.id = (select t.current_version_id from library_template t where t.id = v.template_id))")
                .setParameter("ids", templateIds).getResultList();
        for (Object[] row : rows) {
            known.computeIfAbsent((String) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        return known;
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
