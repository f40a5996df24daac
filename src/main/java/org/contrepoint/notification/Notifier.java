package org.contrepoint.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import org.contrepoint.identity.Person;

/**
 * Tells people about something: the in-app notification is written with the change that caused it, and the
 * e-mail leaves only once that change is committed (no mail about a change that was rolled back).
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Clock clock;

    @Inject
    Event<NotificationCreated> created;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Collection<Person> recipients, NotificationKind kind, String subjectLabel, String link,
            String actorName) {
        for (Person recipient : recipients) {
            Notification notification = Notification.of(recipient.id, kind, subjectLabel, link, actorName,
                    clock.instant());
            notification.persist();
            if (recipient.email != null && !recipient.email.isBlank() && recipient.enabled) {
                created.fire(new NotificationCreated(recipient.email, recipient.displayName, recipient.locale(),
                        kind, notification.subjectLabel, link, actorName));
            }
        }
    }
}
