package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A message in the discussion of a submission, between its author and the reviewers. */
@Entity
@Table(name = "library_comment")
public class ReviewComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "version_id", nullable = false)
    public Long versionId;
    @Column(name = "author_id")
    public Long authorId;
    @Column(name = "author_name", nullable = false)
    public String authorName;
    @Column(nullable = false)
    public String body;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ReviewComment> of(long versionId) {
        return list("versionId = ?1 order by createdAt, id", versionId);
    }
}
