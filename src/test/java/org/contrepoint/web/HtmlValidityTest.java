package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.HtmlChecker;
import org.junit.jupiter.api.Test;

/** Every page is valid HTML according to the Nu HTML Checker, in both languages. */
@QuarkusTest
class HtmlValidityTest {

    @jakarta.inject.Inject
    org.contrepoint.support.ReplySamples replies;

    @Test
    void pagesHaveNoHtmlErrors() {
        Browserless admin = Browserless.signedInAs("admin");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("sign-in", Browserless.anonymous().get("/login").asString());
        pages.put("sign-in with error", Browserless.anonymous().signIn("admin", "wrong").asString());
        pages.put("home (admin)", admin.get("/").asString());
        pages.put("home (reviewer)", reviewer.get("/").asString());
        pages.put("library", admin.get("/library").asString());
        pages.put("queue", admin.get("/queue").asString());
        pages.put("approvals", reviewer.get("/approvals").asString());
        pages.put("dashboard", admin.get("/dashboard").asString());
        pages.put("dashboard, chosen dates and filters",
                admin.get("/dashboard?period=custom&from=2026-01-01&to=2026-03-31&platform=x").asString());
        pages.put("dashboard with filter errors", admin.get("/dashboard?period=custom&from=2026-02-30&to=x").asString());
        pages.put("dashboard in English", admin.request().cookie(Languages.COOKIE, "en").get("/dashboard").asString());
        pages.put("home (manager)", Browserless.signedInAs("manager").get("/").asString());
        pages.put("home (contributor)", Browserless.signedInAs("contributor").get("/").asString());
        pages.put("administration", admin.get("/admin").asString());
        pages.put("audit log", admin.get("/admin/audit?action=login").asString());
        pages.put("audit verification", admin.get("/admin/audit/verify").asString());
        pages.put("notifications", admin.get("/notifications").asString());
        pages.put("403", reviewer.get("/admin").asString());
        pages.put("404", admin.get("/nothing-here").asString());
        pages.put("library template", admin.get("/library/templates/victimisation-chiffres-protection").asString());
        pages.put("library search", admin.get("/library?q=califat").asString());
        pages.put("library proposal form", admin.get("/library/propose").asString());
        pages.put("library reviews", reviewer.get("/library/reviews").asString());
        pages.put("library administration", admin.get("/admin/library").asString());
        pages.put("taxonomy", admin.get("/admin/taxonomy").asString());
        pages.put("manual post entry", admin.get("/queue/new").asString());
        pages.put("post import", admin.get("/queue/import").asString());
        pages.put("queue administration", admin.get("/admin/queue").asString());
        pages.put("sign-off administration", admin.get("/admin/signoff").asString());
        pages.put("sign-off administration, refused form", refusedSignoffForm(admin));
        pages.put("reason code edit", admin.get("/admin/signoff/reasons/inexact").asString());
        pages.put("home in English", admin.request().cookie(Languages.COOKIE, "en").get("/").asString());
        Browserless manager = Browserless.signedInAs("manager");
        long post = replies.answerablePost("manager", org.contrepoint.queue.RiskLevel.HIGH);
        pages.put("composer from a template", manager.get("/queue/posts/" + post
                + "/replies/new?template=romance-amour-ou-emprise").asString());
        pages.put("post with replies", manager.get("/queue/posts/" + post).asString());
        long draft = replies.draft("manager", "Réponse <b>échappée</b> avec {{lien_ressource}}.");
        pages.put("reply draft (author)", manager.get("/replies/" + draft).asString());
        manager.post("/replies/" + draft, Map.of("text", "Réponse soumise.", "version", "0", "action", "submit"));
        pages.put("reply submitted (reviewer)", reviewer.get("/replies/" + draft).asString());
        pages.put("approvals with a reply", reviewer.get("/approvals").asString());
        pages.put("my replies", manager.get("/replies").asString());
        pages.put("reply in English", manager.request().cookie(Languages.COOKIE, "en").get("/replies/" + draft)
                .asString());
        List<String> problems = new ArrayList<>();
        pages.forEach((name, html) -> HtmlChecker.errors(html).forEach(error -> problems.add(name + ": " + error)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The policy form refused with its errors next to the fields (nothing is saved: the values are invalid). */
    private static String refusedSignoffForm(Browserless admin) {
        admin.get("/admin/signoff");
        return admin.post("/admin/signoff", Map.of("approvals-HIGH", "9", "verbatim-LOW", "x", "departure-MEDIUM",
                "101")).asString();
    }
}
