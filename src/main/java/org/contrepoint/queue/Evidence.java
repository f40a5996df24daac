package org.contrepoint.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;

/**
 * A screenshot attached to a post, stored in the database (bytea) so that a backup carries the evidence with the
 * post it proves. Never changed once added; its SHA-256 is computed on the bytes as uploaded.
 */
@Entity
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    public Long id;
    @Column(name = "post_id", nullable = false)
    public Long postId;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes")
    public int sizeBytes;
    @Column(nullable = false)
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
    @Column(name = "added_by", nullable = false)
    public String addedBy;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public static List<Evidence> ofPost(Long postId) {
        return list("postId = ?1 order by id", postId);
    }
}
