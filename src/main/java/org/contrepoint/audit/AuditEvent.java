package org.contrepoint.audit;

/**
 * What happened, in the audit log's terms. Fingerprints are SHA-256 hex strings of the object's state before and
 * after the change, when the change has such states.
 */
public record AuditEvent(String action, String objectType, String objectId, String detail,
        String fingerprintBefore, String fingerprintAfter) {

    public static AuditEvent of(String action, String objectType, String objectId, String detail) {
        return new AuditEvent(action, objectType, objectId, detail, null, null);
    }

    public AuditEvent withFingerprints(String before, String after) {
        return new AuditEvent(action, objectType, objectId, detail, before, after);
    }
}
