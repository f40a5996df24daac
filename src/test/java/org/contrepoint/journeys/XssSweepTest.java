package org.contrepoint.journeys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.contrepoint.support.ReplySamples;
import org.contrepoint.web.WebLinks;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Stored XSS, end to end: some 300 payloads ({@link XssPayloads}) go through every text field a person or an
 * intake client can set, seeded over HTTP (the intake API and the real forms), then every page that shows them is
 * rendered in Chromium. Zero script execution is not enough, since the CSP would block inline scripts even if
 * escaping failed: each page's DOM must also hold no element or attribute a payload would have created.
 */
@QuarkusTest
@RequiresChromium
class XssSweepTest extends OneTabPerTest {

    private static final Logger LOG = Logger.getLogger(XssSweepTest.class);

    /** Installed before any page script: records every call a payload could make. */
    private static final String HOOK = """
            window.__xss = [];
            window.xss = (n) => window.__xss.push('xss(' + n + ')');
            for (const f of ['alert', 'confirm', 'prompt', 'print']) {
              window[f] = (...a) => window.__xss.push(f);
            }
            document.addEventListener('securitypolicyviolation', (e) => {
              if (e.effectiveDirective.startsWith('script-src')) {
                window.__xss.push('CSP blocked ' + e.effectiveDirective + ' ' + e.blockedURI);
              }
            });
            """;

    /** What a payload leaves in the DOM when it was not escaped. */
    private static final String INSPECT = """
            () => {
              const found = [];
              const all = [document.documentElement, ...document.querySelectorAll('*')];
              for (const el of all) {
                for (const a of el.attributes) {
                  const n = a.name.toLowerCase();
                  const v = a.value;
                  if (n === 'data-xss' || n.startsWith('on')) {
                    found.push(el.tagName + ' ' + n + '=' + v.slice(0, 60));
                  } else if ((n.startsWith('hx-') || n.startsWith('data-hx-')) && /xss|logout/.test(v)) {
                    found.push(el.tagName + ' ' + n + '=' + v.slice(0, 60));
                  } else if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(n)
                      && /^\\s*(javascript|vbscript|data):/i.test(v)) {
                    found.push(el.tagName + ' ' + n + '=' + v.slice(0, 60));
                  }
                }
              }
              if (document.documentElement.outerHTML.includes('demo-only-secret')) {
                found.push('a {config:…} payload was evaluated: the secret is on the page');
              }
              return { found: found.slice(0, 20), calls: window.__xss || [] };
            }
            """;

    @Inject
    QueueSamples queue;

    @Inject
    ReplySamples replySamples;

    @Inject
    Database db;

    @Inject
    ObjectMapper mapper;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Field → how many payloads it stored. */
    private final Map<String, Long> stored = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();

    private final List<Long> posts = new ArrayList<>();
    private final List<Long> versions = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();
    private final List<Long> replies = new ArrayList<>();
    private final List<String> reasonCodes = new ArrayList<>();

    @Test
    void payloadsThroughEveryTextFieldNeitherRunNorInjectMarkup() {
        List<String> payloads = XssPayloads.all();
        assertTrue(payloads.size() >= 200, "payloads: " + payloads.size());
        long started = System.nanoTime();
        Map<String, String[]> narratives = new LinkedHashMap<>();
        try {
            timed("posts", () -> seedPosts(payloads));
            timed("manual entries", () -> seedManualEntries(payloads));
            timed("decisions", () -> seedDecisions(payloads));
            timed("library", () -> seedLibrary(payloads));
            timed("replies", () -> seedReplies(payloads));
            timed("labels", () -> seedLabels(payloads, narratives));
            long seeded = System.nanoTime();

            page.addInitScript(HOOK);
            page.onDialog(dialog -> {
                failures.add(page.url() + " → dialog " + dialog.type() + ": " + dialog.message());
                dialog.dismiss();
            });
            List<String> pages = new ArrayList<>();
            visitAs("manager", pages, managerPages());
            visitAs("reviewer", pages, reviewerPages());
            visitAs("contributor", pages, contributorPages());
            visitAs("admin", pages, adminPages());
            long rendered = System.nanoTime();
            LOG.infof("XSS sweep: %d payloads, %d fields (%s), %d pages rendered; seeding %d ms, rendering %d ms",
                    payloads.size(), stored.size(), stored, pages.size(), (seeded - started) / 1_000_000,
                    (rendered - seeded) / 1_000_000);
            LOG.infof("XSS sweep: pages over 300 ms: %s", slowest);
            assertTrue(failures.isEmpty(), failures.size() + " page(s) with an injection:\n"
                    + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
            assertTrue(refused.isEmpty(), "values refused while seeding:\n" + String.join("\n", refused));
            for (Map.Entry<String, Long> field : stored.entrySet()) {
                assertTrue(field.getValue() > 0, field.getKey() + " stored no payload");
            }
        } finally {
            restoreLabels(narratives);
        }
    }

    private final List<String> failures = new ArrayList<>();

    private static void timed(String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        LOG.infof("XSS sweep: seeded %s in %d ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- seeding

    private void count(String field, long payloads) {
        stored.merge(field, payloads, Long::sum);
    }

    /** Posts through the intake API, one batch: every field a monitoring tool sets. */
    private void seedPosts(List<String> payloads) {
        List<String> handles = XssPayloads.pack(payloads, 200);
        List<String> texts = XssPayloads.pack(payloads, 9_000);
        List<String> media = XssPayloads.pack(payloads, 2_000);
        int n = handles.size();
        ArrayNode batch = mapper.createArrayNode();
        for (int i = 0; i < n; i++) {
            // Long texts only where a pack is left: the intake compares every new text with its neighbours.
            ObjectNode item = queue.item("xss-" + run + "-" + i, "Publication fictive " + i + " "
                    + (i < texts.size() ? texts.get(i) : ""));
            item.put("authorHandle", handles.get(i));
            item.put("authorName", handles.get((i + 1) % n));
            item.put("mediaDescription", i < media.size() ? media.get(i) : "Image fictive " + i);
            String payload = payloads.get(i % payloads.size());
            String raw = "https://exemple.invalid/p?q=" + payload;
            item.put("url", WebLinks.isWebLink(raw) ? raw
                    : "https://exemple.invalid/p?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
            batch.add(item);
        }
        for (int from = 0; from < n; from += 1000) {
            ObjectNode body = mapper.createObjectNode();
            body.set("posts", mapper.createArrayNode().addAll(
                    java.util.stream.StreamSupport.stream(batch.spliterator(), false).skip(from).limit(1000).toList()));
            Response answer = given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                    .body(body.toString()).post("/api/v1/posts");
            if (answer.statusCode() != 201) {
                refused.add("intake batch: " + answer.statusCode() + " " + answer.asString().substring(0, 300));
                return;
            }
            answer.jsonPath().getList("items.id", Long.class).forEach(posts::add);
        }
        count("post.authorHandle (API)", XssPayloads.fitting(payloads, 200));
        count("post.authorName (API)", XssPayloads.fitting(payloads, 200));
        count("post.text (API)", Math.min(n, texts.size()) == texts.size() ? XssPayloads.fitting(payloads, 9_000) : 0);
        count("post.mediaDescription (API)", XssPayloads.fitting(payloads, 2_000));
        count("post.url (API, only where a valid web address)", Math.min(n, payloads.size()));
    }

    /** The manual entry form, as a manager. */
    private void seedManualEntries(List<String> payloads) {
        Browserless manager = Browserless.signedInAs("manager");
        List<String> texts = XssPayloads.pack(payloads, 9_000);
        List<String> handles = XssPayloads.pack(payloads, 200);
        for (int i = 0; i < texts.size(); i++) {
            Map<String, String> form = new HashMap<>();
            form.put("platform", "x");
            form.put("postedAt", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2)
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
            form.put("platformId", "xss-manual-" + run + "-" + i);
            form.put("url", "https://exemple.invalid/manual-" + run + "-" + i);
            form.put("authorHandle", handles.get(i % handles.size()));
            form.put("authorName", handles.get((i + 7) % handles.size()));
            form.put("text", "Saisie manuelle fictive " + texts.get(i));
            form.put("mediaDescription", XssPayloads.pack(payloads, 2_000).get(i));
            Response answer = manager.post("/queue/new", form);
            if (answer.statusCode() != 303) {
                refused.add("manual entry " + i + ": " + answer.statusCode());
                continue;
            }
            posts.add(Long.parseLong(answer.header("Location").replaceAll(".*/queue/posts/(\\d+).*", "$1")));
        }
        count("manual entry text/handle/name/media", XssPayloads.fitting(payloads, 9_000));
    }

    /** Decision reasons and referral references, on the intake posts: claim, then refer. */
    private void seedDecisions(List<String> payloads) {
        Browserless manager = Browserless.signedInAs("manager");
        List<String> reasons = XssPayloads.pack(payloads, 2_000);
        List<String> references = XssPayloads.pack(payloads, 200);
        int n = Math.min(posts.size(), Math.max(reasons.size(), references.size()));
        String followUp = LocalDate.now().plusDays(7).toString();
        for (int i = 0; i < n; i++) {
            long post = posts.get(i);
            manager.post("/queue/posts/" + post + "/claim", Map.of());
            Response answer = manager.post("/queue/posts/" + post + "/decision", Map.of("kind", "refer",
                    "reason", reasons.get(i % reasons.size()), "target", "pharos",
                    "reference", references.get(i % references.size()), "followUp", followUp,
                    "version", db.string("select version from post where id = " + post)));
            if (answer.statusCode() != 303) {
                refused.add("decision on " + post + ": " + answer.statusCode());
            }
        }
        count("decision reason", n >= reasons.size() ? XssPayloads.fitting(payloads, 2_000) : 0);
        count("referral reference", n >= references.size() ? XssPayloads.fitting(payloads, 200) : 0);
    }

    /** Proposals (title, body, sources, GAMMMA, change note), comments on them, then publication by a reviewer. */
    private void seedLibrary(List<String> payloads) {
        Browserless contributor = Browserless.signedInAs("contributor");
        Browserless reviewer = Browserless.signedInAs("reviewer2");
        // The body refuses anything that looks like an unknown variable ({…} or {{…}}): the template-syntax payloads
        // go through every other field.
        List<String> bodyPayloads = payloads.stream().filter(p -> !p.contains("{") && !p.contains("}")).toList();
        List<String> titles = XssPayloads.pack(payloads, 300);
        List<String> bodies = XssPayloads.pack(bodyPayloads, 5_000);
        List<String> shortTexts = XssPayloads.pack(payloads, 200);
        List<String> comments = XssPayloads.pack(payloads, 3_900);
        for (int i = 0; i < titles.size(); i++) {
            Map<String, String> form = new HashMap<>();
            form.put("title", titles.get(i));
            form.put("body", "Texte fictif de contre-discours. " + bodies.get(i % bodies.size()));
            form.put("language", "fr");
            form.put("narratives", "caliphate-utopia");
            form.put("strategy", "facts");
            form.put("attribution", "state");
            form.put("tone", "factual");
            form.put("sources[0].title", shortTexts.get(i % shortTexts.size()));
            form.put("sources[0].publisher", shortTexts.get((i + 1) % shortTexts.size()));
            form.put("sources[0].url", "https://www.stop-djihadisme.gouv.fr/?q=" + run);
            form.put("gammma.goal", shortTexts.get((i + 2) % shortTexts.size()));
            form.put("gammma.message", shortTexts.get((i + 3) % shortTexts.size()));
            form.put("review_date", LocalDate.now().plusYears(1).toString());
            form.put("change_note", shortTexts.get((i + 4) % shortTexts.size()));
            Response answer = contributor.post("/library/propose", form);
            if (answer.statusCode() != 303) {
                refused.add("proposal " + i + ": " + answer.statusCode() + " " + errors(answer.asString()));
                continue;
            }
            long version = Long.parseLong(answer.header("Location").replaceAll(".*/library/versions/(\\d+).*", "$1"));
            versions.add(version);
            if (i < comments.size()) {
                contributor.post("/library/versions/" + version + "/comments", Map.of("body", comments.get(i)));
            }
            Response published = reviewer.post("/library/versions/" + version + "/decision", Map.of("decision",
                    "publish", "version", db.string("select version from library_version where id = " + version)));
            if (published.statusCode() != 303) {
                refused.add("publication of " + version + ": " + published.statusCode());
            }
            templates.add(db.string("select template_id from library_version where id = " + version));
        }
        count("template title", XssPayloads.fitting(payloads, 300));
        count("template body", XssPayloads.fitting(bodyPayloads, 5_000));
        count("template sources (title, publisher), GAMMMA, change note", XssPayloads.fitting(payloads, 200));
        count("template contribution comment", XssPayloads.fitting(payloads, 3_900));
    }

    /** Replies (text, variables), discussion comments, submission, and reviewers' change requests. */
    private void seedReplies(List<String> payloads) {
        Browserless manager = Browserless.signedInAs("manager");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        // Submission refuses a text in which anything looks like a placeholder, once the values are filled in
        // (ReplyText.leftovers): the template-syntax payloads go through the comments and every other field.
        List<String> textPayloads = payloads.stream().filter(p -> !p.contains("{") && !p.contains("}")).toList();
        List<String> texts = XssPayloads.pack(textPayloads, 9_000);
        List<String> values = XssPayloads.pack(textPayloads, 1_900);
        List<String> comments = XssPayloads.pack(payloads, 3_900);
        List<String> signoffComments = XssPayloads.pack(payloads, 1_000);
        int n = Math.max(Math.max(texts.size(), values.size()), Math.max(comments.size(), signoffComments.size()));
        for (int i = 0; i < n; i++) {
            long post = replySamples.answerablePost("manager", RiskLevel.MEDIUM, "facebook");
            Response created = manager.post("/queue/posts/" + post + "/replies", Map.of(
                    "text", "Réponse fictive {{lien_ressource}} " + texts.get(i % texts.size()),
                    "var_lien_ressource", values.get(i % values.size()), "version", "0"));
            if (created.statusCode() != 303) {
                refused.add("reply " + i + ": " + created.statusCode() + " " + errors(created.asString()));
                continue;
            }
            long reply = Long.parseLong(created.header("Location").replaceAll(".*/replies/(\\d+).*", "$1"));
            replies.add(reply);
            Response commented = manager.post("/replies/" + reply + "/comments",
                    Map.of("body", "@reviewer " + comments.get(i % comments.size())));
            if (commented.statusCode() != 303) {
                refused.add("reply comment " + i + ": " + commented.statusCode());
            }
            Response submitted = manager.post("/replies/" + reply + "/submit",
                    Map.of("version", db.string("select version from reply where id = " + reply)));
            if (submitted.statusCode() != 303) {
                // A text and values that, together, leave a {{…}} unfilled cannot be submitted (a rule of the
                // sign-off, not of escaping): the draft stays and is rendered; a plain reply carries the comment.
                LOG.infof("XSS sweep: submission %d refused (%s), a plain reply carries the change request", i,
                        alert(submitted.asString()));
                long plainPost = replySamples.answerablePost("manager", RiskLevel.MEDIUM, "facebook");
                Response plain = manager.post("/queue/posts/" + plainPost + "/replies", Map.of("text",
                        "Réponse fictive simple " + i, "version", "0"));
                reply = Long.parseLong(plain.header("Location").replaceAll(".*/replies/(\\d+).*", "$1"));
                replies.add(reply);
                submitted = manager.post("/replies/" + reply + "/submit",
                        Map.of("version", db.string("select version from reply where id = " + reply)));
                if (submitted.statusCode() != 303) {
                    refused.add("submission " + i + ": " + submitted.statusCode() + " " + alert(submitted.asString()));
                    continue;
                }
            }
            // Every other reply stays in the approvals inbox; the others get a change request with a comment.
            if (i % 2 == 1 || i < signoffComments.size()) {
                Response decided = reviewer.post("/approvals/" + reply + "/decision", Map.of("decision",
                        "request-changes", "reason", "inexact", "comment", signoffComments.get(i % signoffComments.size()),
                        "version", db.string("select version from reply where id = " + reply)));
                if (decided.statusCode() != 303) {
                    refused.add("change request " + i + ": " + decided.statusCode());
                }
            }
        }
        count("reply text", XssPayloads.fitting(textPayloads, 9_000));
        count("reply variable value", XssPayloads.fitting(textPayloads, 1_900));
        count("reply discussion comment", XssPayloads.fitting(payloads, 3_900));
        count("sign-off change request comment", XssPayloads.fitting(payloads, 1_000));
        // One more reply left waiting in the inbox, with the first text.
        long post = replySamples.answerablePost("manager", RiskLevel.MEDIUM, "facebook");
        Response created = manager.post("/queue/posts/" + post + "/replies", Map.of("text",
                "Réponse fictive en attente " + texts.get(0), "version", "0"));
        long reply = Long.parseLong(created.header("Location").replaceAll(".*/replies/(\\d+).*", "$1"));
        replies.add(reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", db.string("select version from reply where id = "
                + reply)));
    }

    /** Admin-editable labels: new sign-off reasons, and the narratives' labels and descriptions (restored after). */
    private void seedLabels(List<String> payloads, Map<String, String[]> narratives) {
        Browserless admin = Browserless.signedInAs("admin");
        List<String> labels = XssPayloads.pack(payloads, 200);
        for (int i = 0; i < labels.size(); i++) {
            String code = "xss-" + run + "-" + i;
            Response answer = admin.post("/admin/signoff/reasons", Map.of("code", code, "labelFr", labels.get(i),
                    "labelEn", labels.get((i + 1) % labels.size()), "position", ""));
            if (answer.statusCode() != 303) {
                refused.add("sign-off reason " + i + ": " + answer.statusCode() + " " + errors(answer.asString()));
            } else {
                reasonCodes.add(code);
            }
        }
        count("sign-off reason labels (fr, en)", XssPayloads.fitting(payloads, 200));

        List<String> descriptions = XssPayloads.pack(payloads, 1_000);
        List<String> codes = new ArrayList<>();
        for (int i = 0; ; i++) {
            String code = db.string("select code from narrative order by code offset " + i + " rows fetch next 1 rows only");
            if (code == null) {
                break;
            }
            codes.add(code);
        }
        int d = 0;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String where = " from narrative where code = '" + code + "'";
            narratives.put(code, new String[] { db.string("select label_fr" + where), db.string("select label_en" + where),
                    db.string("select description_fr" + where), db.string("select description_en" + where) });
            Map<String, String> form = new HashMap<>();
            form.put("labelFr", labels.get(i % labels.size()));
            form.put("labelEn", labels.get((i + 1) % labels.size()));
            form.put("descriptionFr", descriptions.get(d++ % descriptions.size()));
            form.put("descriptionEn", descriptions.get(d++ % descriptions.size()));
            form.put("active", "on");
            form.put("version", db.string("select version" + where));
            Response answer = admin.post("/admin/taxonomy/narratives/" + code, form);
            if (answer.statusCode() != 303) {
                refused.add("narrative " + code + ": " + answer.statusCode() + " " + errors(answer.asString()));
            }
        }
        count("narrative labels and descriptions", d >= descriptions.size() ? XssPayloads.fitting(payloads, 1_000) : 0);
    }

    private void restoreLabels(Map<String, String[]> narratives) {
        if (narratives.isEmpty() && reasonCodes.isEmpty()) {
            return;
        }
        Browserless admin = Browserless.signedInAs("admin");
        narratives.forEach((code, saved) -> {
            String where = " from narrative where code = '" + code + "'";
            Map<String, String> form = new HashMap<>();
            form.put("labelFr", saved[0]);
            form.put("labelEn", saved[1]);
            form.put("descriptionFr", saved[2] == null ? "" : saved[2]);
            form.put("descriptionEn", saved[3] == null ? "" : saved[3]);
            form.put("active", "on");
            form.put("version", db.string("select version" + where));
            admin.post("/admin/taxonomy/narratives/" + code, form);
        });
        for (String code : reasonCodes) {
            admin.post("/admin/signoff/reasons/" + code + "/retire",
                    Map.of("version", db.string("select version from signoff_reason where code = '" + code + "'")));
        }
    }

    private static String alert(String html) {
        Matcher m = Pattern.compile("fr-alert--(?:error|warning)[^>]*>(.{0,400})", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ") : "";
    }

    private static String errors(String html) {
        Matcher m = Pattern.compile("class=\"fr-error-text\"[^>]*>([^<]+)").matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find() && found.size() < 5) {
            found.add(m.group(1).strip());
        }
        return found.toString();
    }

    // ---------------------------------------------------------------- rendering

    private List<String> managerPages() {
        List<String> paths = new ArrayList<>(List.of("/", "/queue", "/queue?status=all", "/replies",
                "/dashboard", "/notifications"));
        // Every post page (each referral reference is on one); the dossier repeats the post page's fields, so the
        // posts carrying the long fields' packs and every tenth other one are enough there.
        for (int i = 0; i < posts.size(); i++) {
            paths.add("/queue/posts/" + posts.get(i));
            if (i < 12 || i % 10 == 0 || i >= posts.size() - 4) {
                paths.add("/queue/posts/" + posts.get(i) + "/dossier");
            }
        }
        replies.forEach(r -> paths.add("/replies/" + r));
        return paths;
    }

    private List<String> reviewerPages() {
        List<String> paths = new ArrayList<>(List.of("/", "/approvals", "/notifications", "/library/reviews"));
        replies.forEach(r -> paths.add("/replies/" + r));
        return paths;
    }

    private List<String> contributorPages() {
        List<String> paths = new ArrayList<>(List.of("/library", "/library?q=img", "/library?q=xss", "/library/mine"));
        // Every template page (its title is also the page's <title>); version pages show the same content plus the
        // comments and change note: those carrying the comment and body packs, and every fifth other one.
        templates.forEach(t -> paths.add("/library/templates/" + t));
        for (int i = 0; i < versions.size(); i++) {
            if (i < 8 || i % 5 == 0) {
                paths.add("/library/versions/" + versions.get(i));
            }
        }
        return paths;
    }

    private List<String> adminPages() {
        return List.of("/admin", "/admin/audit", "/admin/audit?action=comment.add", "/admin/audit?action=post.decide",
                "/admin/signoff", "/admin/taxonomy", "/admin/library", "/dashboard", "/queue");
    }

    private void visitAs(String username, List<String> visited, List<String> paths) {
        page.context().clearCookies();
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#se-connecter").click();
        page.waitForURL(url -> !url.contains("/login"));
        for (String path : paths) {
            visit(path, visited);
            // Follow "next page" links of lists (queue, library) so that every row is rendered.
            for (int more = 0; more < 20 && page.locator("a[rel=next]").count() > 0; more++) {
                String next = page.locator("a[rel=next]").first().getAttribute("href");
                visit(next, visited);
            }
        }
    }

    private final Map<String, Long> slowest = new java.util.TreeMap<>();

    private void visit(String path, List<String> visited) {
        long start = System.nanoTime();
        com.microsoft.playwright.Response response = page.navigate(path);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > 300) {
            slowest.put(path, ms);
        }
        visited.add(path);
        int status = response == null ? 0 : response.status();
        if (status != 200) {
            failures.add(path + " → HTTP " + status);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(INSPECT);
        List<?> found = (List<?>) result.get("found");
        List<?> calls = (List<?>) result.get("calls");
        if (!found.isEmpty() || !calls.isEmpty()) {
            failures.add(path + " → elements " + found + ", calls " + calls);
        }
    }
}
