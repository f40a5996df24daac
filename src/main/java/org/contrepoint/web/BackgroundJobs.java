package org.contrepoint.web;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs the frequent background jobs (the index pollers, every two seconds) so that a database outage gives one
 * warning when it starts and one line when it ends, instead of an ERROR with its stack trace at every run; and so
 * that a run caught by the application's shutdown (its connections already closed) logs nothing. Any other failure
 * is thrown as before, for the scheduler to log.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);

    private final Set<String> waitingForDatabase = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public void run(String job, Runnable work) {
        if (stopping) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debugf("%s: interrupted by the shutdown (%s)", job, e.getClass().getSimpleName());
                return;
            }
            if (!Databases.isUnavailable(e)) {
                throw e;
            }
            if (waitingForDatabase.add(job)) {
                LOG.warnf("%s: database unavailable (%s); trying again at each run", job, e.getClass().getSimpleName());
            }
            return;
        }
        if (waitingForDatabase.remove(job)) {
            LOG.infof("%s: database available again", job);
        }
    }

    /** Whether the job's last run met a database outage. */
    public boolean waitingForDatabase(String job) {
        return waitingForDatabase.contains(job);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
