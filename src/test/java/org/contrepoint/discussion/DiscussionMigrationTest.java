package org.contrepoint.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** V8 moves the library's comments into the shared table, in order, and drops the old one (H2, own database). */
class DiscussionMigrationTest {

    private static final String URL = "jdbc:h2:mem:discussion-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").locations("db/migration/common", "db/migration/h2")
                .target(MigrationVersion.fromVersion(target)).load();
    }

    @Test
    void libraryCommentsAreCopiedWithTheVersionAsSubjectAndTheOldTableIsDropped() throws SQLException {
        flyway("6").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("insert into person (id, issuer, subject, username, display_name, created_at) "
                    + "values (7, 'i', 's', 'u', 'Ana', current_timestamp)");
            s.execute("insert into library_template (id, status, created_at) values ('t1', 'DRAFT', current_timestamp)");
            s.execute("insert into library_version (id, template_id, number, status, title, body, language, "
                    + "strategy_code, attribution, tone, author_name, fingerprint, created_at) values (41, 't1', 1, "
                    + "'SUBMITTED', 'T', 'B', 'fr', (select min(code) from strategy), 'state', 'factual', 'Ana', 'x', "
                    + "current_timestamp)");
            s.execute("insert into library_comment (version_id, author_id, author_name, body, created_at) values "
                    + "(41, 7, 'Ana', 'premier', timestamp '2026-01-01 10:00:00'), "
                    + "(41, null, 'Bob', 'second', timestamp '2026-01-01 11:00:00')");

            flyway("8").migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select subject_type, subject_id, author_id, author_name, body "
                    + "from discussion_comment order by id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4)
                            + "|" + r.getString(5));
                }
            }
            assertEquals(List.of("template-version|41|7|Ana|premier", "template-version|41|null|Bob|second"), rows);
            try (ResultSet r = c.getMetaData().getTables(null, null, "library_comment", null)) {
                assertFalse(r.next(), "library_comment is dropped");
            }
        }
    }
}
