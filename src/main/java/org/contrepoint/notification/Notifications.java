package org.contrepoint.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.contrepoint.web.RecentValues;
import org.contrepoint.web.ReferenceChanges;

/**
 * Reading and marking a person's notifications. Someone else's notification is answered as not found, so that
 * ids cannot be probed. Marking read is not audited: it changes nothing but the reader's own list.
 */
@ApplicationScoped
public class Notifications {

    static final int PAGE = 50;

    @Inject
    Clock clock;

    @Transactional
    public List<Notification> latestFor(Long personId) {
        return Notification.latestFor(personId, PAGE);
    }

    @Inject
    ReferenceChanges changes;

    /**
     * Shown by the layout on every page, so kept a few seconds per person ({@link RecentValues}): a notification
     * created, opened or marked read on this instance shows at once, one written by another instance within the
     * lifetime. Read in the page's own persistence context: a transaction of its own would cost a commit and take a
     * second pooled connection while the page may still hold one, and enough pages waiting for their second
     * connection at once would have the pool wait for itself.
     */
    private RecentValues<Long, Long> unread;

    @PostConstruct
    void keep() {
        unread = changes.values(Notification::unreadCount, Notification.class);
    }

    public long unreadCount(Long personId) {
        return personId == null ? 0 : unread.get(personId);
    }

    /** @return the page the notification points to. */
    @Transactional
    public String open(Long id, Long personId) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipientId.equals(personId)) {
            throw new NotFoundException();
        }
        notification.markRead(clock.instant());
        return notification.link;
    }

    @Transactional
    public void markAllRead(Long personId) {
        Notification.update("readAt = ?1 where recipientId = ?2 and readAt is null", clock.instant(), personId);
        changes.written(Notification.class); // a bulk update: no entity listener sees it
    }
}
