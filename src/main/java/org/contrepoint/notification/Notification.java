package org.contrepoint.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.contrepoint.web.ReferenceChanges;
import org.hibernate.Session;

/** Something a person should know about, with the page to open. Only its recipient may see or mark it. */
@Entity
@EntityListeners(ReferenceChanges.Listener.class)
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "recipient_id", nullable = false)
    public Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** What it is about, as data (a template title, "#42"): shown escaped inside the localised sentence. */
    @Column(name = "subject_label", nullable = false)
    public String subjectLabel;

    /** Path inside Contrepoint, never an outside address. */
    @Column(nullable = false)
    public String link;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Version
    public int version;

    static Notification of(Long recipientId, NotificationKind kind, String subjectLabel, String link,
            String actorName, Instant now) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("A notification links to a page of Contrepoint");
        }
        Notification notification = new Notification();
        notification.recipientId = recipientId;
        notification.kind = kind;
        notification.subjectLabel = subjectLabel.length() > 300 ? subjectLabel.substring(0, 300) : subjectLabel;
        notification.link = link;
        notification.actorName = actorName;
        notification.createdAt = now;
        return notification;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** @return whether this changed anything (reading twice is not a second change). */
    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    static List<Notification> latestFor(Long recipientId, int limit) {
        return find("recipientId = ?1 order by id desc", recipientId).page(0, limit).list();
    }

    /**
     * Runs on every page: plain JDBC in the page's persistence context (its connection is often open already for
     * the page's own reads), which costs a fraction of an HQL count's interpretation and result handling.
     */
    static long unreadCount(Long recipientId) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from notification where recipient_id = ? and read_at is null")) {
                count.setLong(1, recipientId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
