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
        pages.put("home in English", admin.request().cookie(Languages.COOKIE, "en").get("/").asString());
        List<String> problems = new ArrayList<>();
        pages.forEach((name, html) -> HtmlChecker.errors(html).forEach(error -> problems.add(name + ": " + error)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
