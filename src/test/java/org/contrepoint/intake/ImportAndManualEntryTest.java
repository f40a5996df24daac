package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportAndManualEntryTest {

    @Inject
    Database db;

    @Inject
    QueueSamples samples;

    private static Response upload(Browserless visitor, String name, String content) {
        visitor.get("/queue/import");
        return visitor.request().header("X-CSRF-Token", visitor.csrfToken())
                .multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "text/csv").post("/queue/import");
    }

    private String csv(String prefix, String... extraLines) {
        String now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder out = new StringBuilder("platform,platformId,text,postedAt,capturedAt,followers,narratives\n");
        out.append("x,").append(prefix).append("-1,\"Premier texte importé, avec une virgule\",").append(now).append(',')
                .append(now).append(",120,victimhood;belonging\n");
        out.append("telegram,").append(prefix).append("-2,Deuxième texte importé sans rapport,").append(now).append(',')
                .append(now).append(",5,\n");
        for (String line : extraLines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void aCsvImportShowsItsPreviewThenCreatesEverythingAndSkipsDuplicates() {
        String prefix = "imp-" + UUID.randomUUID();
        long known = samples.create(samples.item(prefix + "-0", "Déjà connue " + prefix));
        Browserless manager = Browserless.signedInAs("manager");
        String now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        Response uploaded = upload(manager, "lot.csv", csv(prefix, "x," + prefix + "-0,Déjà connue," + now + "," + now + ",1,"));
        assertEquals(303, uploaded.statusCode());
        String preview = manager.get(uploaded.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(preview.contains("2 à créer"), preview);
        assertTrue(preview.contains("1 doublon(s) ignoré(s)"));
        assertTrue(preview.contains("/queue/posts/" + known));
        assertEquals(0, db.count("select count(*) from post where platform_id in ('" + prefix + "-1', '" + prefix + "-2')"));
        Response confirmed = manager.post(uploaded.header("Location").replaceFirst("^https?://[^/]+", ""), Map.of());
        assertTrue(confirmed.header("Location").contains("created=2&skipped=1"), confirmed.header("Location"));
        assertEquals(2, db.count("select count(*) from post where platform_id in ('" + prefix + "-1', '" + prefix + "-2')"));
        assertEquals("IMPORT", db.string("select source from post where platform_id = '" + prefix + "-1'"));
    }

    @Test
    void aFileWithOneBadLineShowsTheReasonAndImportsNothing() {
        String prefix = "bad-" + UUID.randomUUID();
        Browserless manager = Browserless.signedInAs("manager");
        Response uploaded = upload(manager, "lot.csv", csv(prefix, "myspace," + prefix + "-3,Texte,pas-une-date,,,"));
        String location = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        String preview = manager.get(location).asString();
        assertTrue(preview.contains("1 refusée(s)"));
        assertTrue(preview.contains("plateforme inconnue"));
        assertTrue(preview.contains("Ligne"));
        Response confirmed = manager.post(location, Map.of());
        assertEquals(303, confirmed.statusCode());
        assertEquals(0, db.count("select count(*) from post where platform_id like '" + prefix + "%'"));
    }

    @Test
    void anotherPersonCannotConfirmSomeoneElsesImport() {
        String prefix = "owner-" + UUID.randomUUID();
        Browserless manager = Browserless.signedInAs("manager");
        String location = upload(manager, "lot.csv", csv(prefix)).header("Location").replaceFirst("^https?://[^/]+", "");
        Browserless other = Browserless.signedInAs("manager2");
        other.get("/queue");
        other.post(location, Map.of());
        assertEquals(0, db.count("select count(*) from post where platform_id like '" + prefix + "%'"));
    }

    @Test
    void theManualFormCreatesAPostOrShowsFieldErrorsWithTheValuesKept() {
        String platformId = "manual-" + UUID.randomUUID();
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/new");
        Map<String, String> form = new HashMap<>();
        form.put("platform", "facebook");
        form.put("platformId", platformId);
        form.put("text", "");
        form.put("postedAt", "2026-01-01T10:00");
        form.put("followers", "beaucoup");
        Response refused = manager.post("/queue/new", form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("nombre entier attendu"));
        assertTrue(refused.asString().contains(platformId));
        form.put("text", "Publication vue par une personne");
        form.put("followers", "30");
        Response created = manager.post("/queue/new", form);
        assertEquals(303, created.statusCode(), created.asString());
        assertEquals("MANUAL", db.string("select source from post where platform_id = '" + platformId + "'"));
    }
}
