package org.contrepoint.discussion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A message in the discussion of something ({@link Subject}). The author's name is kept as it was when they wrote,
 * like a signature; the body is stored as written, mentions included, and parsed again when shown.
 */
@Entity
@Table(name = "discussion_comment")
public class Comment extends PanacheEntityBase {

    /** The longest comment accepted, in characters (the column's size). */
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Comment of(Subject subject, Long authorId, String authorName, String body, Instant now) {
        Comment comment = new Comment();
        comment.subjectType = subject.type();
        comment.subjectId = subject.id();
        comment.authorId = authorId;
        comment.authorName = authorName;
        comment.body = body;
        comment.createdAt = now;
        return comment;
    }

    /** Oldest first, as a conversation reads. */
    public static List<Comment> about(Subject subject) {
        return list("subjectType = ?1 and subjectId = ?2 order by createdAt, id", subject.type(), subject.id());
    }
}
