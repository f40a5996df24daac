package org.contrepoint.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.contrepoint.dashboard.Figures.Count;
import org.contrepoint.dashboard.Figures.Delay;
import org.contrepoint.identity.Person;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's figures against the hand-counted fixture (see {@link DashboardFixture}), on the page and in CSV. */
@QuarkusTest
class DashboardFiguresTest {

    @Inject
    DashboardFixture fixture;

    @Inject
    Dashboard dashboard;

    @Inject
    TestPeople people;

    private String narrative;
    private DashboardFilter filter;

    @BeforeEach
    void createTheWorld() {
        Person author = people.ensure("dash-author", List.of(org.contrepoint.identity.Role.COMMUNITY_MANAGER_ID));
        narrative = fixture.create(author.id);
        fixture.setTemplateUsage();
        dashboard.forget();
        DashboardFilter.Parsed parsed = DashboardFilter.parse("custom", DashboardFixture.FROM, DashboardFixture.TO,
                narrative, null, java.time.LocalDate.of(2031, 3, 20), Dashboard.messages(Locale.FRENCH));
        assertTrue(parsed.errors().isEmpty(), parsed.errors()::toString);
        filter = parsed.filter();
    }

    private static Map<String, Long> map(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::key, Count::value));
    }

    @Test
    void backlogAndOverdueCountOpenPostsOnly() {
        Figures f = dashboard.figures(filter);
        assertEquals(Map.of("NEW", 1L, "CLAIMED", 1L, "DECIDED", 1L), map(f.byStatus()));
        assertEquals(Map.of("X", 2L, "TELEGRAM", 1L), map(f.byPlatform()));
        assertEquals(Map.of("LOW", 1L, "HIGH", 1L, "CRITICAL", 1L), map(f.byRisk()));
        assertEquals(Map.of(narrative, 3L), map(f.byNarrative()));
        assertEquals(1, f.overdue());
        assertEquals(1, f.overdueTop().size());
        assertEquals("TELEGRAM", f.overdueTop().get(0).platform());
    }

    @Test
    void mediansAndNinetiethPercentilesAreInterpolatedLikePercentileCont() {
        List<Delay> delays = dashboard.figures(filter).delays();
        // decision: 2 h, 4 h, 10 h → median 4 h; p90 at rank 1.8 → 4 + 0.8 × 6 = 8.8 h
        assertDelay(delays.get(0), "decision", 3, 4.0, 8.8);
        // approval: 3 h, 1 h → median 2 h; p90 = 1 + 0.9 × 2 = 2.8 h
        assertDelay(delays.get(1), "approval", 2, 2.0, 2.8);
        // publication: 1 h, 24 h → median 12.5 h; p90 = 1 + 0.9 × 23 = 21.7 h
        assertDelay(delays.get(2), "publication", 2, 12.5, 21.7);
    }

    private static void assertDelay(Delay d, String stage, long count, double medianHours, double p90Hours) {
        assertEquals(stage, d.stage());
        assertEquals(count, d.count());
        assertEquals(medianHours, d.medianSeconds() / 3600, 0.001, stage + " median");
        assertEquals(p90Hours, d.p90Seconds() / 3600, 0.001, stage + " p90");
    }

    @Test
    void weeksReferralResultsTemplatesAndClusters() {
        Figures f = dashboard.figures(filter);
        assertEquals(2, f.weeks().size());
        assertEquals(new Figures.Week(java.time.LocalDate.of(2031, 3, 3), 1, 1), f.weeks().get(0));
        assertEquals(new Figures.Week(java.time.LocalDate.of(2031, 3, 10), 1, 1), f.weeks().get(1));
        // p4 referred without a reply: no result; p5: the latest outcome (content removed), not the earlier one
        assertEquals(Map.of("NONE", 1L, "CONTENT_REMOVED", 1L), map(f.referralResults()));
        Figures.TemplateRow t = f.templates().stream().filter(r -> r.id().equals(DashboardFixture.TEMPLATE))
                .findFirst().orElseThrow();
        assertEquals(2, t.publishedInPeriod());
        assertEquals(7, t.uses());
        assertEquals(63, t.effectiveness());
        assertEquals(1, f.clusters().size());
        assertEquals(2, f.clusters().get(0).size());
    }

    @Test
    void platformFilterNarrowsEveryFigure() {
        DashboardFilter x = new DashboardFilter(filter.period(), filter.from(), filter.to(), narrative,
                org.contrepoint.taxonomy.Platform.X);
        Figures f = dashboard.figures(x);
        assertEquals(Map.of("CLAIMED", 1L, "DECIDED", 1L), map(f.byStatus()));
        assertEquals(0, f.overdue());
        assertEquals(2, f.delays().get(0).count());
        assertEquals(Map.of("CONTENT_REMOVED", 1L), map(f.referralResults()));
    }

    @Test
    void pageShowsTheFiguresAsChartsAndTablesInTheReadersLanguage() {
        Browserless manager = Browserless.signedInAs("manager");
        String html = manager.get("/dashboard?" + filter.query()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"tableau-delays\""), html);
        assertTrue(html.contains("<td>8,8</td>"), "p90 to decision in French notation");
        assertTrue(html.contains("<td>21,7</td>"));
        assertTrue(html.contains("role=\"img\""));
        assertTrue(html.contains("Sans résultat enregistré"));
        String english = manager.request().cookie("contrepoint-lang", "en").get("/dashboard?" + filter.query()).asString();
        assertTrue(english.contains("<th scope=\"row\">Intake → decision</th>"), "English labels");
        assertTrue(english.contains("Download as CSV: Delays by stage"));
    }

    @Test
    void unreadableFiltersAreReportedNextToTheirFieldWith400() {
        Browserless manager = Browserless.signedInAs("manager");
        String html = manager.get("/dashboard?period=custom&from=2031-02-30&to=2031-03-01&platform=myspace").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"from-erreur\""), html);
        assertTrue(html.contains("Cette date n’existe pas"));
        assertTrue(html.contains("id=\"platform-erreur\""));
        manager.get("/dashboard?period=custom&from=2031-03-10&to=2031-03-01").then().statusCode(400);
        manager.get("/dashboard/export/nothing.csv").then().statusCode(404);
    }

    @Test
    void csvExportsParseBackWithBomAccentsAndQuotes() {
        Browserless manager = Browserless.signedInAs("manager");
        Response delays = manager.get("/dashboard/export/delays.csv?" + filter.query());
        assertEquals(200, delays.statusCode());
        assertTrue(delays.header("Content-Disposition").contains("contrepoint-delays-2031-03-03-2031-03-16.csv"));
        byte[] bytes = delays.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("Étape", "Nombre", "Médiane (h)", "90e centile (h)"), rows.get(0));
        assertEquals(List.of("decision", "3", "4.0", "8.8"), rows.get(1));
        assertEquals(List.of("publication", "2", "12.5", "21.7"), rows.get(3));

        List<List<String>> narratives = parse(strip(manager.get("/dashboard/export/narrative.csv?" + filter.query())));
        assertEquals(List.of("Récit « fictif » de test", "3"), narratives.get(1));
        List<List<String>> clusters = parse(strip(manager.get("/dashboard/export/clusters.csv?" + filter.query())));
        assertEquals(List.of("Message commun fictif, \"entre guillemets\"", "2"), clusters.get(1));
    }

    @Test
    void contributorsDoNotSeeTheDashboard() {
        Browserless contributor = Browserless.signedInAs("contributor");
        contributor.get("/dashboard").then().statusCode(403);
        contributor.get("/dashboard/export/status.csv").then().statusCode(403);
    }

    private static String strip(Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"));
        return body.substring(1);
    }

    /** RFC 4180, as a spreadsheet reads it: quoted cells, doubled quotes, CRLF line ends. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
