package org.contrepoint.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/** Tells a database outage from a bug, so that people get "try again" rather than "something broke". */
public final class Databases {

    private Databases() {
    }

    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // SQLNonTransientConnectionException is JDBC's class for SQLState 08 (connection exceptions); H2 uses
            // it, with its own codes, for a link that breaks.
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof JDBCConnectionException) {
                return true;
            }
            // The pool gave up waiting for a connection (Agroal's acquisition timeout): the database does not
            // answer, or every connection is taken. Either way, "try again shortly" is the truth.
            if (t instanceof java.sql.SQLException && t.getCause() instanceof TimeoutException) {
                return true;
            }
            // A pooled connection whose link broke fails when the transaction enlists it; Agroal then reports
            // "Exception in association of connection to existing transaction" and keeps the cause (connection
            // broken) out of the chain. With a single datasource, that failure means a broken link.
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().startsWith("Exception in association of connection to existing transaction")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The commit itself failed and the transaction manager rolled back (ARJUNA016053), reporting the
            // database's error only in its own log: nothing was written, and the request can be sent again.
            // Conflicts lost at commit are told apart before this check (ConcurrentChange).
            if (t instanceof jakarta.transaction.RollbackException && t.getCause() == null) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && isUnavailable(suppressed)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
