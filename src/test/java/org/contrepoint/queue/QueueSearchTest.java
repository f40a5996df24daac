package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue's SQL against the database itself: every filter, every sort, and the cursor of each sort, on posts of
 * a language no other test uses (so other tests' posts never show up here).
 */
@QuarkusTest
class QueueSearchTest {

    private static final String LANGUAGE = "qs";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    QueueSearch search;

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    /** What the test set for one post, to work out the expected answers. */
    private record Sample(long id, String platform, String risk, String narrative, String status, Long assignee,
            Long cluster, Instant posted, Instant captured, Instant due, int priority) {
    }

    private final List<Sample> samplesMade = new ArrayList<>();
    private long managerId;

    @BeforeEach
    void posts() {
        db.execute("update post set language = 'qz' where language = '" + LANGUAGE + "'");
        managerId = Long.parseLong(db.string("select id from person where username = 'manager'"));
        String[] platforms = { "x", "telegram", "facebook", "telegram", "youtube", "x", "forum" };
        String[] risks = { "low", "high", "critical", "medium", "high", "low", "critical" };
        String[] narratives = { "victimhood", "martyrdom", "victimhood", "belonging", "martyrdom",
            "religious-obligation", "victimhood" };
        String[] statuses = { "NEW", "CLAIMED", "NEW", "DECIDED", "CLOSED", "NEW", "CLAIMED" };
        String[] words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf" };
        long cluster = -1;
        for (int i = 0; i < platforms.length; i++) {
            var item = samples.item("qs-" + UUID.randomUUID(), "[Exemple fictif] " + (words[i] + " ").repeat(8)
                    + UUID.randomUUID());
            item.put("platform", platforms[i]);
            item.put("language", LANGUAGE);
            item.put("risk", risks[i]);
            item.put("postedAt", NOW.minus(10 + 7 * i % 5, ChronoUnit.HOURS).toString());
            item.put("capturedAt", NOW.minus(3 * i % 7 + 1, ChronoUnit.MINUTES).toString());
            item.putArray("narratives").removeAll().add(narratives[i]);
            long id = samples.create(item);
            Instant due = NOW.plus(i % 3 == 0 ? -2 : 5 + i, ChronoUnit.HOURS);
            Long assignee = "CLAIMED".equals(statuses[i]) ? managerId : null;
            if (i == 1) {
                // Below the sequence's range: no cluster made later by intake can take this id.
                cluster = -Long.parseLong(db.string("select count(*) from post_cluster")) - 1000;
                db.execute("insert into post_cluster (id, excerpt, created_at, version) values (" + cluster
                        + ", 'essai', current_timestamp, 0)");
            }
            Long clusterId = i == 1 || i == 4 ? cluster : null;
            db.execute("update post set status = '" + statuses[i] + "', assignee_id = " + assignee
                    + ", cluster_id = " + clusterId + ", due_at = timestamp with time zone '" + sql(due)
                    + "', priority = " + (40 + 13 * i % 30) + " where id = " + id);
            samplesMade.add(new Sample(id, platforms[i], risks[i].toUpperCase(), narratives[i], statuses[i], assignee,
                    clusterId, Instant.parse(item.get("postedAt").asText()),
                    Instant.parse(item.get("capturedAt").asText()), due, 40 + 13 * i % 30));
        }
    }

    private static String sql(Instant instant) {
        return instant.toString().replace('T', ' ').replace("Z", "+00");
    }

    @Test
    @TestSecurity(user = "search-manager", roles = "community-manager")
    void eachFilterKeepsExactlyTheMatchingPostsInPriorityOrder() {
        Sample anyone = samplesMade.get(1);
        Map<QueueFilter, Predicate<Sample>> cases = Map.ofEntries(
                Map.entry(filter("open", null, null, null, null, null, false),
                        s -> open(s)),
                Map.entry(filter("all", null, null, null, null, null, false),
                        s -> true),
                Map.entry(filter("closed", null, null, null, null, null, false),
                        s -> "CLOSED".equals(s.status())),
                Map.entry(filter("all", "telegram", null, null, null, null, false),
                        s -> "telegram".equals(s.platform())),
                Map.entry(filter("all", null, "victimhood", null, null, null, false),
                        s -> "victimhood".equals(s.narrative())),
                Map.entry(filter("open", null, "victimhood", null, null, null, false),
                        s -> open(s) && "victimhood".equals(s.narrative())),
                Map.entry(filter("claimed", null, "martyrdom", null, null, null, false),
                        s -> "CLAIMED".equals(s.status()) && "martyrdom".equals(s.narrative())),
                Map.entry(filter("all", null, null, "critical", null, null, false),
                        s -> "CRITICAL".equals(s.risk())),
                Map.entry(filter("all", null, null, null, "none", null, false),
                        s -> s.assignee() == null),
                Map.entry(filter("all", null, null, null, String.valueOf(managerId), null, false),
                        s -> Long.valueOf(managerId).equals(s.assignee())),
                Map.entry(filter("all", null, null, null, null, anyone.cluster(), false),
                        s -> anyone.cluster().equals(s.cluster())),
                Map.entry(filter("all", null, null, null, null, null, true),
                        s -> open(s) && s.due().isBefore(Instant.now())));
        cases.forEach((filter, keep) -> assertEquals(expected(keep, QueueFilter.Sort.PRIORITY), ids(filter),
                filter.toString()));
        for (String noLanguage : List.of("qs' or 'a' = 'a", "QS", "q", "qs-b")) {
            assertEquals(List.of(), ids(new QueueFilter("all", null, null, null, noLanguage, null, null, false,
                    QueueFilter.Sort.CAPTURED, null)), noLanguage);
        }
        for (String noCode : List.of("victim", "hood", "victimhood martyrdom")) {
            assertEquals(List.of(), ids(filter("all", null, noCode, null, null, null, false)), noCode);
            assertEquals(List.of(), ids(filter("open", null, noCode, null, null, null, false)), noCode);
        }
    }

    @Test
    void assigneeMeIsThePersonAsking() {
        Pattern row = Pattern.compile("data-post=\"(\\d+)\"");
        String path = "/queue?status=all&language=" + LANGUAGE + "&assignee=me";
        Matcher mine = row.matcher(Browserless.signedInAs("manager").get(path).asString());
        List<Long> shown = new ArrayList<>();
        while (mine.find()) {
            shown.add(Long.valueOf(mine.group(1)));
        }
        assertEquals(expected(s -> Long.valueOf(managerId).equals(s.assignee()), QueueFilter.Sort.PRIORITY), shown);
        assertFalse(Browserless.signedInAs("manager2").get(path).asString().contains("data-post="),
                "another manager holds none of them");
    }

    @Test
    @TestSecurity(user = "search-manager", roles = "community-manager")
    void eachSortOrdersAndEachCursorContinuesRightAfterItsRow() {
        for (QueueFilter.Sort sort : QueueFilter.Sort.values()) {
            List<Long> all = expected(s -> true, sort);
            assertEquals(all, ids(new QueueFilter("all", null, null, null, LANGUAGE, null, null, false, sort, null)),
                    sort.toString());
            List<QueueLine> lines = search.search(new QueueFilter("all", null, null, null, LANGUAGE, null, null, false,
                    sort, null)).rows();
            assertNull(search.search(new QueueFilter("all", null, null, null, LANGUAGE, null, null, false, sort, null))
                    .next(), "fewer rows than a page: no next page");
            for (int k = 0; k < lines.size(); k++) {
                String cursor = QueueSearch.cursorOf(sort, lines.get(k));
                assertEquals(all.subList(k + 1, all.size()), ids(new QueueFilter("all", null, null, null, LANGUAGE,
                        null, null, false, sort, cursor)), sort + " after row " + k);
            }
        }
        assertEquals(expected(s -> true, QueueFilter.Sort.PRIORITY), ids(new QueueFilter("all", null, null, null,
                LANGUAGE, null, null, false, QueueFilter.Sort.PRIORITY, "not-a-cursor")), "a bad cursor: page one");
    }

    /**
     * One narrative's posts in priority order: on PostgreSQL read from post_narrative's copy of the priority and
     * openness (V12_1), which must follow a new priority, a post closed or reopened, and a narrative tagged, whoever
     * writes them.
     */
    @Test
    @TestSecurity(user = "search-manager", roles = "community-manager")
    void oneNarrativesOpenPostsFollowPriorityClosingAndTaggingAcrossPages() {
        Sample raised = samplesMade.get(0);
        Sample closed = samplesMade.get(2);
        Sample tagged = samplesMade.get(5);
        Sample claimed = samplesMade.get(6);
        db.execute("update post set priority = 99 where id = " + raised.id());
        db.execute("update post set status = 'CLOSED' where id = " + closed.id());
        QuarkusTransaction.requiringNew().run(() -> Post.<Post>findById(tagged.id()).narratives.add("victimhood"));
        QueueFilter victimhood = filter("open", null, "victimhood", null, null, null, false);
        List<Long> expected = List.of(raised.id(), claimed.id(), tagged.id()); // priorities 99, 58, 45
        assertEquals(expected, ids(victimhood));
        List<QueueLine> lines = search.search(victimhood).rows();
        for (int k = 0; k < lines.size(); k++) {
            QueueFilter after = new QueueFilter("open", null, "victimhood", null, LANGUAGE, null, null, false,
                    QueueFilter.Sort.PRIORITY, QueueSearch.cursorOf(QueueFilter.Sort.PRIORITY, lines.get(k)));
            assertEquals(expected.subList(k + 1, expected.size()), ids(after), "after row " + k);
        }
        assertEquals(List.of(raised.id(), closed.id(), claimed.id(), tagged.id()),
                ids(filter("all", null, "victimhood", null, null, null, false)), "every status (66 closed)");
        db.execute("update post set status = 'NEW' where id = " + closed.id());
        assertEquals(List.of(raised.id(), closed.id(), claimed.id(), tagged.id()), ids(victimhood), "reopened (66)");
    }

    /**
     * One narrative in every sort, its open posts and all of them, each cursor continuing right after its row. On
     * PostgreSQL a narrative on few posts (all of them, in this database) is read from post_narrative whatever the
     * sort ({@link NarrativeSizes}); a code that is no narrative matches nothing, and is never written into the SQL.
     */
    @Test
    @TestSecurity(user = "search-manager", roles = "community-manager")
    void oneNarrativeInEachSortAndAfterEachCursor() {
        for (QueueFilter.Sort sort : QueueFilter.Sort.values()) {
            for (String narrative : List.of("victimhood", "martyrdom")) {
                for (String status : List.of("open", "all")) {
                    List<Long> expected = expected(s -> narrative.equals(s.narrative())
                            && ("all".equals(status) || open(s)), sort);
                    QueueFilter first = new QueueFilter(status, null, narrative, null, LANGUAGE, null, null, false,
                            sort, null);
                    assertEquals(expected, ids(first), sort + " " + narrative + " " + status);
                    List<QueueLine> lines = search.search(first).rows();
                    for (int k = 0; k < lines.size(); k++) {
                        QueueFilter after = new QueueFilter(status, null, narrative, null, LANGUAGE, null, null, false,
                                sort, QueueSearch.cursorOf(sort, lines.get(k)));
                        assertEquals(expected.subList(k + 1, expected.size()), ids(after),
                                sort + " " + narrative + " " + status + " after row " + k);
                    }
                }
            }
            for (String noCode : List.of("victim", "no-such-narrative", "victimhood' or '1' = '1")) {
                assertEquals(List.of(), ids(new QueueFilter("all", null, noCode, null, LANGUAGE, null, null, false,
                        sort, null)), sort + " " + noCode);
            }
        }
    }

    @Test
    @TestSecurity(user = "search-manager", roles = "community-manager")
    void rowsCarryTheirNarrativesAndColumns() {
        Sample first = samplesMade.get(2);
        QueueLine line = search.search(new QueueFilter("all", null, null, null, LANGUAGE, null, null, false,
                QueueFilter.Sort.PRIORITY, null)).rows().stream().filter(l -> l.id() == first.id()).findFirst()
                .orElseThrow();
        assertEquals(List.of(first.narrative()), line.narratives());
        assertEquals(first.platform(), line.platform().code());
        assertEquals(first.risk(), line.risk().name());
        assertEquals(first.due(), line.dueAt());
        assertEquals(first.captured(), line.capturedAt());
        assertEquals(first.priority(), line.priority());
        assertEquals(LANGUAGE, line.language());
    }

    private QueueFilter filter(String status, String platform, String narrative, String risk, String assignee,
            Long cluster, boolean overdue) {
        return new QueueFilter(status, platform, narrative, risk, LANGUAGE, assignee, cluster, overdue,
                QueueFilter.Sort.PRIORITY, null);
    }

    private static boolean open(Sample s) {
        return "NEW".equals(s.status()) || "CLAIMED".equals(s.status());
    }

    private List<Long> ids(QueueFilter filter) {
        return search.search(filter).rows().stream().map(QueueLine::id).toList();
    }

    private List<Long> expected(Predicate<Sample> keep, QueueFilter.Sort sort) {
        Comparator<Sample> order = switch (sort) {
            case PRIORITY -> Comparator.comparingInt(Sample::priority).thenComparingLong(Sample::id).reversed();
            case DUE -> Comparator.comparing(Sample::due).thenComparingLong(Sample::id);
            case CAPTURED -> Comparator.comparing(Sample::captured).thenComparingLong(Sample::id).reversed();
            case POSTED -> Comparator.comparing(Sample::posted).thenComparingLong(Sample::id).reversed();
        };
        return samplesMade.stream().filter(keep).sorted(order).map(Sample::id).toList();
    }
}
