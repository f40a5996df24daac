package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Tokens;

/**
 * Screenshots as evidence, with their chain of custody: adding, viewing and exporting (the dossier) each leave an
 * audit entry naming the evidence's SHA-256.
 */
@ApplicationScoped
public class EvidenceStore {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Why an upload is refused. */
    public enum Refusal { EMPTY, TOO_BIG, NOT_AN_IMAGE }

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** PNG or JPEG by their first bytes, whatever the file is called or claims to be. */
    public static String mediaTypeOf(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    public static Refusal check(long size, byte[] head) {
        if (size <= 0) {
            return Refusal.EMPTY;
        }
        if (size > MAX_BYTES) {
            return Refusal.TOO_BIG;
        }
        return mediaTypeOf(head) == null ? Refusal.NOT_AN_IMAGE : null;
    }

    @Transactional
    public Evidence add(long postId, String fileName, byte[] bytes) {
        Post post = Post.findById(postId);
        if (post == null) {
            throw QueueConflict.of(QueueConflict.Kind.NOT_FOUND);
        }
        Evidence evidence = new Evidence();
        evidence.postId = postId;
        String name = fileName == null || fileName.isBlank() ? "capture" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        evidence.fileName = name.length() > 150 ? name.substring(0, 150) : name;
        evidence.mediaType = mediaTypeOf(bytes);
        evidence.sizeBytes = bytes.length;
        evidence.sha256 = Tokens.sha256(bytes);
        evidence.content = bytes;
        evidence.addedBy = user.username();
        evidence.addedAt = clock.instant();
        evidence.persist();
        audit.record(AuditEvent.of("evidence.add", "post", String.valueOf(postId),
                "capture " + evidence.id + " (" + evidence.mediaType + ", " + bytes.length + " octets)")
                .withFingerprints(null, evidence.sha256));
        return evidence;
    }

    /** A screenshot's bytes, read inside the transaction that records the viewing. */
    public record Shot(long id, String mediaType, byte[] content) {
    }

    @Transactional
    public Shot view(long postId, long evidenceId) {
        Evidence evidence = Evidence.findById(evidenceId);
        if (evidence == null || evidence.postId != postId) {
            throw QueueConflict.of(QueueConflict.Kind.NOT_FOUND);
        }
        audit.record(AuditEvent.of("evidence.view", "post", String.valueOf(postId), "capture " + evidenceId)
                .withFingerprints(evidence.sha256, evidence.sha256));
        return new Shot(evidence.id, evidence.mediaType, evidence.content);
    }

    /** The referral dossier was opened for printing: everything in it counts as exported. */
    @Transactional
    public void exported(Post post) {
        audit.record(AuditEvent.of("evidence.export", "post", post.id.toString(), "dossier de signalement")
                .withFingerprints(post.fingerprint, post.fingerprint));
    }

}
