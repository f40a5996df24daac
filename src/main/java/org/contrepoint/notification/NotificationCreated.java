package org.contrepoint.notification;

import java.util.Locale;

/** What the e-mail needs, captured inside the transaction so that sending never reads the database again. */
record NotificationCreated(String email, String displayName, Locale locale, NotificationKind kind,
        String subjectLabel, String link, String actorName) {
}
