package org.contrepoint.library;

import static org.contrepoint.support.LibrarySamples.proposal;
import static org.contrepoint.support.LibrarySamples.propose;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's pages through HTTP: proposals, review, object-level access, bad input, stale forms, escaping. */
@QuarkusTest
class LibraryPagesTest {

    @Inject
    Database database;

    @Inject
    TestPeople people;

    @BeforeEach
    void people() {
        people.ensure("contributor2", List.of("contributor"));
    }

    @Test
    void searchShowsTwentyResultsThenMoreOnRequestUpToAHundred() {
        Browserless manager = Browserless.signedInAs("manager");
        // Retired templates are kept but no longer listed (another test class may have retired one).
        long published = database.count("select count(distinct v.template_id) from library_version v"
                + " join library_template t on t.id = v.template_id where v.status = 'PUBLISHED' and t.status <> 'retired'");
        assertTrue(published > 40, "the seed library has " + published + " published templates");
        String first = manager.get("/library").asString();
        assertEquals(20, cards(first));
        assertTrue(first.contains("href=\"/library?shown=40&amp;status=published#resultats\""), "the link shows twenty more");
        String more = manager.get("/library?shown=40").asString();
        assertEquals(40, cards(more));
        assertEquals(Math.min(published, 100), cards(manager.get("/library?shown=500").asString()), "capped at 100");
        assertEquals(20, cards(manager.get("/library?shown=-3").asString()));
        SearchForm form = new SearchForm();
        form.q = "famille & école";
        form.lang = "fr";
        assertEquals("shown=40&q=famille+%26+%C3%A9cole&lang=fr", form.queryShowing(40), "the search is kept");
    }

    private static int cards(String page) {
        return page.split("fr-card fr-card--horizontal", -1).length - 1;
    }

    @Test
    void contributorSeesTheirOwnProposalButNeitherOthersNorTheQueue() {
        Browserless contributor = Browserless.signedInAs("contributor");
        long id = propose(contributor, "Proposition privée");
        contributor.get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("Proposition privée"), containsString("Soumis à relecture"));
        contributor.get("/library/mine").then().statusCode(200).body(containsString("Proposition privée"));

        Browserless other = Browserless.signedInAs("contributor2");
        other.get("/library/versions/" + id).then().statusCode(404);
        other.get("/library/mine").then().statusCode(200).body(not(containsString("Proposition privée")));
        other.get("/library?q=privée").then().statusCode(200).body(not(containsString("Proposition privée")));
        other.get("/library/versions/" + id + "/edit").then().statusCode(404);
        other.get("/queue").then().statusCode(403);
        other.get("/library/reviews").then().statusCode(403);
        Browserless.signedInAs("manager").get("/library/versions/" + id).then().statusCode(404);
        Browserless.signedInAs("reviewer").get("/library/versions/" + id).then().statusCode(200);
    }

    @Test
    void invalidProposalComesBackWithFieldErrorsAndValuesAndWritesNothing() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/library/propose");
        long before = database.count("select count(*) from library_version");
        Map<String, String> form = proposal("", "Bonjour {{lien}} et {{ auteur }}");
        form.put("sources[0].url", "javascript:alert(1)");
        form.put("narratives", "inconnu");
        contributor.post("/library/propose", form).then().statusCode(400)
                .body(containsString("id=\"title-error\""), containsString("Le titre est obligatoire."),
                        containsString("Variable inconnue : {{lien}}, {{ auteur }}"),
                        containsString("aria-describedby=\"body-error\""),
                        containsString("L’adresse doit commencer par https://"),
                        containsString("Récit inconnu"),
                        containsString("Bonjour {{lien}} et {{ auteur }}</textarea>"));
        assertEquals(before, database.count("select count(*) from library_version"));
    }

    @Test
    void statusAuthorAndVersionSentByTheFormAreIgnored() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/library/propose");
        Map<String, String> form = proposal("Assignation de masse", "Texte.");
        form.put("status", "PUBLISHED");
        form.put("authorId", "1");
        form.put("authorName", "Quelqu’un d’autre");
        form.put("id", "modele-impose");
        Response r = contributor.post("/library/propose", form);
        long id = Long.parseLong(r.header("Location").replaceAll(".*/versions/(\\d+).*", "$1"));
        assertEquals("SUBMITTED", database.string("select status from library_version where id = " + id));
        assertEquals(0, database.count("select count(*) from library_template where id = 'modele-impose'"));
        assertTrue(database.string("select author_name from library_version where id = " + id).length() > 0);
        assertEquals(1, database.count("select count(*) from library_version v join person p on p.id = v.author_id "
                + "where v.id = " + id + " and p.username = 'contributor'"));
    }

    @Test
    void reviewRequestsChangesAuthorRevisesAnotherReviewerPublishes() {
        Browserless contributor = Browserless.signedInAs("contributor");
        long id = propose(contributor, "Cycle complet de relecture");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/library/reviews").then().statusCode(200).body(containsString("Cycle complet de relecture"));
        reviewer.get("/library/versions/" + id);
        reviewer.post("/library/versions/" + id + "/decision", Map.of("decision", "request-changes", "reason", "",
                "version", "0")).then().statusCode(400).body(containsString("Indiquez le motif"));
        reviewer.post("/library/versions/" + id + "/decision", Map.of("decision", "request-changes", "reason",
                "Ajoutez une source.", "version", "0")).then().statusCode(303);
        reviewer.post("/library/versions/" + id + "/comments", Map.of("body", "Voir le rapport de l’ONU."))
                .then().statusCode(303);

        contributor.get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("Ajoutez une source."), containsString("Voir le rapport de l’ONU."));
        contributor.post("/library/versions/" + id + "/comments", Map.of("body", "Source ajoutée."))
                .then().statusCode(303);
        contributor.get("/library/versions/" + id + "/edit").then().statusCode(200);
        Map<String, String> revised = proposal("Cycle complet de relecture", "Le « califat » promis, revu.");
        revised.put("version", "0");
        contributor.post("/library/versions/" + id + "/edit", revised).then().statusCode(409)
                .body(containsString("modifié par quelqu’un d’autre"), containsString("Le « califat » promis, revu."));
        int current = Integer.parseInt(database.string("select version from library_version where id = " + id));
        revised.put("version", Integer.toString(current));
        contributor.get("/library/versions/" + id + "/edit");
        contributor.post("/library/versions/" + id + "/edit", revised).then().statusCode(303);

        int lock = Integer.parseInt(database.string("select version from library_version where id = " + id));
        contributor.post("/library/versions/" + id + "/decision", Map.of("decision", "publish", "version",
                Integer.toString(lock))).then().statusCode(403);
        Browserless reviewer2 = Browserless.signedInAs("reviewer2");
        reviewer2.get("/library/versions/" + id);
        reviewer2.post("/library/versions/" + id + "/decision", Map.of("decision", "publish", "version",
                Integer.toString(lock - 1))).then().statusCode(409);
        reviewer2.post("/library/versions/" + id + "/decision", Map.of("decision", "publish", "version",
                Integer.toString(lock))).then().statusCode(303);
        assertEquals("PUBLISHED", database.string("select status from library_version where id = " + id));
        String template = database.string("select template_id from library_version where id = " + id);
        Browserless.signedInAs("contributor2").get("/library/templates/" + template).then().statusCode(200)
                .body(containsString("Le « califat » promis, revu."));
        Browserless.signedInAs("manager").get("/library?q=califat+revu").then().statusCode(200)
                .body(containsString("Cycle complet de relecture"));
        assertTrue(database.count("select count(*) from audit_entry where action like 'library.version.%' and object_id "
                + "like '" + template + "@%'") >= 4);
    }

    @Test
    void aReviewerCannotPublishTheirOwnProposal() {
        Browserless reviewer = Browserless.signedInAs("reviewer");
        long id = propose(reviewer, "Proposition d’un relecteur");
        reviewer.get("/library/versions/" + id).then().body(containsString("un autre relecteur doit la publier"));
        reviewer.post("/library/versions/" + id + "/decision", Map.of("decision", "publish", "version", "0"))
                .then().statusCode(409).body(containsString("propre proposition"));
        assertEquals("SUBMITTED", database.string("select status from library_version where id = " + id));
    }

    @Test
    void templateTextIsEscapedDataNeverATemplate() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/library/propose");
        Map<String, String> form = proposal("<script>alert('t')</script>", "{inject:page.csrfToken} <img src=x onerror=alert(1)>");
        Response r = contributor.post("/library/propose", form);
        assertEquals(303, r.statusCode());
        contributor.get(r.header("Location").replace(Browserless.url(""), "")).then().statusCode(200)
                .body(not(containsString("<script>alert")), containsString("&lt;script&gt;"),
                        not(containsString("<img src=x")), containsString("{inject:page.csrfToken}"));
    }

    @Test
    void aResultShowsItsCardInTheReadersLanguageEscapedAndItsStatusOnceReviewed() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/library/propose");
        Map<String, String> form = proposal("Carte <b>vérifiée</b> du moteur", "Début de la carte. " + "Suite. ".repeat(60)
                + "Fin jamais montrée.");
        form.put("review_date", "2020-01-01");
        Response proposed = contributor.post("/library/propose", form);
        assertEquals(303, proposed.statusCode());
        long id = Long.parseLong(proposed.header("Location").replaceAll(".*/library/versions/(\\d+).*", "$1"));

        Browserless reviewer = Browserless.signedInAs("reviewer");
        String submitted = reviewer.get("/library?q=carte+moteur&status=submitted").asString();
        assertEquals(1, cards(submitted), submitted);
        assertTrue(submitted.contains("Carte &lt;b&gt;vérifiée&lt;/b&gt; du moteur"), "the title, escaped");
        assertTrue(submitted.contains("Début de la carte.") && !submitted.contains("Fin jamais montrée."),
                "the start of the text only");
        assertTrue(submitted.contains("Soumis à relecture") && submitted.contains("Date de relecture dépassée"),
                "its status and its passed review date");
        assertTrue(submitted.contains("Récits : Utopie du « califat »") && submitted.contains(">Faits<"),
                "narrative and strategy labels");
        String english = reviewer.request().header("Accept-Language", "en")
                .get("/library?q=carte+moteur&status=submitted").asString();
        assertTrue(english.contains("Submitted for review") && english.contains("The &quot;caliphate&quot; utopia"),
                "labels in English");

        int lock = Integer.parseInt(database.string("select version from library_version where id = " + id));
        Browserless reviewer2 = Browserless.signedInAs("reviewer2");
        reviewer2.get("/library/versions/" + id);
        reviewer2.post("/library/versions/" + id + "/decision", Map.of("decision", "publish", "version",
                Integer.toString(lock))).then().statusCode(303);
        String published = Browserless.signedInAs("manager").get("/library?q=carte+moteur").asString();
        assertEquals(1, cards(published));
        assertTrue(!published.contains("Soumis à relecture"), "a published result carries no status badge");
        assertEquals(0, cards(reviewer.get("/library?q=carte+moteur&status=submitted").asString()),
                "no longer listed as submitted");
    }

    @Test
    void theFilterFieldsShowEachRequestsOwnChoicesLanguageAndRole() {
        Browserless manager = Browserless.signedInAs("manager");
        String chosen = manager.get("/library?narrative=victimhood&tone=solemn&q=<b>").asString();
        assertTrue(chosen.contains("<option value=\"victimhood\" selected>") && chosen.contains(
                "<option value=\"solemn\" selected>"), "the choices made");
        assertTrue(chosen.contains("value=\"&lt;b&gt;\""), "the search kept, escaped");
        String plain = manager.get("/library").asString();
        assertTrue(!plain.contains(" selected>") && plain.contains("<option value=\"victimhood\" >"), "none chosen");
        String english = manager.request().header("Accept-Language", "en").get("/library?narrative=victimhood")
                .asString();
        assertTrue(english.contains(">Victimhood and persecution</option>"), "labels in the reader's language");
        Browserless.signedInAs("reviewer").get("/library").then().body(containsString("id=\"f-status\""));
        manager.get("/library").then().body(not(containsString("id=\"f-status\"")));
    }

    @Test
    void searchPageFiltersAndAnswersHtmxWithTheResultsOnly() {
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/library?q=hijra&lang=fr").then().statusCode(200)
                .body(containsString("<html"), containsString("hx-get=\"/library\""), containsString("/library/templates/hijra-"));
        manager.request().header("HX-Request", "true").get("/library?q=hijra").then().statusCode(200)
                .body(not(containsString("<html")), containsString("modèles trouvés"));
        manager.get("/library?status=submitted").then().statusCode(200).body(not(containsString("id=\"f-status\"")));
    }

    @Test
    void templatePageShowsVariablesFitSourcesAndHistory() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/library/templates/romance-dating-red-flags").then().statusCode(200)
                .body(containsString("{{lien_ressource}}"), containsString("X (Twitter)"),
                        containsString("href=\"https://www.ohchr.org/"), containsString("Historique des versions"),
                        containsString("dir=\"ltr\""));
        contributor.get("/library/templates/succes-militaires-ar-haqaiq").then().statusCode(200)
                .body(containsString("dir=\"rtl\""));
        contributor.get("/library/templates/appartenance-fraternite-sous-surveillance").then().statusCode(200)
                .body(containsString("<h3>Variante X (Twitter)</h3>"));
        contributor.get("/library/templates/inexistant").then().statusCode(404);
    }

    @Test
    void adminRetiresEditsTaxonomyWithLockingAndExports() {
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin").then().statusCode(200).body(containsString("/admin/library"));
        admin.get("/admin/library").then().statusCode(200);
        String id = database.string("select id from library_template where id like 'califat-temoignage-raqqa'");
        int lock = Integer.parseInt(database.string("select version from library_template where id = '" + id + "'"));
        admin.get("/admin/library/export").then().statusCode(200).contentType("application/zip");
        admin.get("/admin/taxonomy/narratives/belonging").then().statusCode(200);
        admin.post("/admin/taxonomy/narratives/belonging", Map.of("labelFr", "Appartenance", "labelEn", "Belonging",
                "descriptionFr", "", "descriptionEn", "", "active", "on", "version", "99")).then().statusCode(409)
                .body(containsString("modifié par quelqu’un d’autre"));
        admin.post("/admin/taxonomy/narratives/belonging", Map.of("labelFr", "", "labelEn", "Belonging",
                "version", "0")).then().statusCode(400).body(containsString("Ce champ est obligatoire."));
        assertTrue(lock >= 0);
        Browserless.signedInAs("reviewer").get("/admin/taxonomy").then().statusCode(403);
    }
}
