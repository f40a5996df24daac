package org.contrepoint.notification;

import java.util.Locale;
import org.contrepoint.web.Bundles;

/** The sentence of a notification in a given language: one place for the page and the e-mail. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static NotificationMessages in(Locale locale) {
        return Bundles.of(NotificationMessages.class, locale.getLanguage());
    }

    static String title(NotificationKind kind, String subject, Locale locale) {
        NotificationMessages messages = in(locale);
        return switch (kind) {
            case DRAFT_SUBMITTED -> messages.draftSubmitted(subject);
            case DRAFT_DECIDED -> messages.draftDecided(subject);
            case APPROVAL_OVERDUE -> messages.approvalOverdue(subject);
            case TEMPLATE_SUBMITTED -> messages.templateSubmitted(subject);
            case TEMPLATE_DECIDED -> messages.templateDecided(subject);
            case MENTIONED -> messages.mentioned(subject);
        };
    }
}
