package org.contrepoint.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Two people changed the same row at the same moment and the database noticed at commit. Retrying the whole
 * transaction lets the rules run again on the fresh state (the second approval then sees the first one), instead of
 * showing an error for what is an ordinary race.
 */
public final class ConcurrentChange {

    private static final int ATTEMPTS = 3;

    private ConcurrentChange() {
    }

    /** Runs a transactional action, again if it lost a race at commit; the last failure propagates. */
    public static <T> T retry(Supplier<T> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConcurrentChange(e)) {
                    throw e;
                }
            }
        }
    }

    /** The failure, or one of its causes, is a lost race on a row (version changed, lock refused or timed out). */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
