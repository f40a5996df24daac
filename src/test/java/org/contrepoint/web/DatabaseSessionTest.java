package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The settings the application gives its PostgreSQL sessions (application.properties, datasource). */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    Database db;

    @Test
    void postgresqlCompilesNoQueryWithItsJit() {
        Assumptions.assumeTrue(db.isPostgres(), "a PostgreSQL setting; H2 ignores the property");
        assertEquals("off", db.string("show jit"));
    }
}
