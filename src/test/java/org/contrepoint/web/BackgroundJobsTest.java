package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A poller meeting a database outage waits for the next run quietly; a bug still surfaces; the shutdown ends runs. */
class BackgroundJobsTest {

    private final BackgroundJobs jobs = new BackgroundJobs();

    private static RuntimeException outage() {
        return new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused", "08001"));
    }

    @Test
    void anOutageIsWaitedOutAndItsEndNoticed() {
        jobs.run("index", () -> {
            throw outage();
        });
        assertTrue(jobs.waitingForDatabase("index"));
        jobs.run("index", () -> {
            throw outage();
        });
        assertTrue(jobs.waitingForDatabase("index"));
        AtomicInteger runs = new AtomicInteger();
        jobs.run("index", runs::incrementAndGet);
        assertEquals(1, runs.get());
        assertFalse(jobs.waitingForDatabase("index"), "the database is back");
    }

    @Test
    void anyOtherFailureIsThrownForTheSchedulerToLog() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertEquals(bug, assertThrows(IllegalStateException.class, () -> jobs.run("index", () -> {
            throw bug;
        })));
        assertFalse(jobs.waitingForDatabase("index"));
    }

    @Test
    void onceTheApplicationStopsNoRunStartsAndNoneFails() {
        AtomicInteger runs = new AtomicInteger();
        jobs.onStop(null);
        jobs.run("index", runs::incrementAndGet);
        assertEquals(0, runs.get());
    }
}
