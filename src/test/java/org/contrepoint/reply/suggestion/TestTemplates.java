package org.contrepoint.reply.suggestion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contrepoint.audit.Actor;
import org.contrepoint.library.Gammma;
import org.contrepoint.library.LibraryImport;
import org.contrepoint.library.LibraryRevision;
import org.contrepoint.library.Template;
import org.contrepoint.library.TemplateContent;
import org.contrepoint.support.Database;

/**
 * Templates made for one test through the library's bulk import (so the revision moves as in the app), removed
 * afterwards so that other tests' suggestions never meet them.
 */
@ApplicationScoped
public class TestTemplates {

    @Inject
    LibraryImport importer;

    @Inject
    Database database;

    private final List<String> created = new ArrayList<>();

    public String create(String title, String body, String language, List<String> narratives,
            Map<String, String> variants, LocalDate reviewDate) {
        TemplateContent content = new TemplateContent(title, body, language, narratives, "facts", "state", "factual",
                Gammma.EMPTY, variants, List.of(), reviewDate, "Tests", null);
        String id = importer.importItems(List.of(new LibraryImport.Item(null, content)), Actor.system()).get(0).id();
        created.add(id);
        return id;
    }

    public void retire(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Template.<Template>findById(id).retire(Instant.now());
            LibraryRevision.bump();
        });
    }

    public void usage(String id, int uses, int assessed, int positive, int negative) {
        database.execute("delete from template_usage where template_id = '" + id + "'",
                "insert into template_usage (template_id, uses, assessed, positive, negative, version) values ('" + id
                        + "', " + uses + ", " + assessed + ", " + positive + ", " + negative + ", 0)");
    }

    /** Deletes what this test created, then moves the revision so that every index forgets it. */
    public void removeAll() {
        for (String id : created) {
            String versions = "(select id from library_version where template_id = '" + id + "')";
            database.execute("delete from template_usage where template_id = '" + id + "'",
                    "delete from library_version_narrative where version_id in " + versions,
                    "delete from library_version_variant where version_id in " + versions,
                    "delete from library_version_source where version_id in " + versions,
                    "update library_template set current_version_id = null where id = '" + id + "'",
                    "delete from library_version where template_id = '" + id + "'",
                    "delete from library_template where id = '" + id + "'");
        }
        created.clear();
        QuarkusTransaction.requiringNew().run(LibraryRevision::bump);
    }
}
