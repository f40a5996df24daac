package org.contrepoint.reply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An outcome as typed in the form or sent to the API; {@link #errors()} names each bad field. */
public record OutcomeForm(String repliesReceived, String reactions, boolean postRemoved, boolean accountSuspended,
        String referralResult, String assessment, String note) {

    public static final int MAX_COUNT = 100_000_000;

    /** Field → error key (see ReplyMessages.fieldError). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (count(repliesReceived) < 0) {
            errors.put("repliesReceived", "OutcomeCount");
        }
        if (count(reactions) < 0) {
            errors.put("reactions", "OutcomeCount");
        }
        if (referralResult != null && !referralResult.isBlank() && ReferralResult.fromCode(referralResult).isEmpty()) {
            errors.put("referralResult", "OutcomeReferral");
        }
        if (Assessment.fromCode(assessment).isEmpty()) {
            errors.put("assessment", "OutcomeAssessment");
        }
        if (note != null && note.length() > 2000) {
            errors.put("note", "OutcomeNote");
        }
        return errors;
    }

    /** The values as typed, to show them again next to their errors. */
    public Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("repliesReceived", repliesReceived == null ? "" : repliesReceived);
        typed.put("reactions", reactions == null ? "" : reactions);
        typed.put("postRemoved", postRemoved ? "on" : "");
        typed.put("accountSuspended", accountSuspended ? "on" : "");
        typed.put("referralResult", referralResult == null ? "" : referralResult);
        typed.put("assessment", assessment == null ? "" : assessment);
        typed.put("note", note == null ? "" : note);
        return typed;
    }

    Outcome toOutcome(long replyId, String by, Instant now) {
        if (!errors().isEmpty()) {
            throw new IllegalArgumentException("invalid outcome " + errors().keySet());
        }
        Outcome o = new Outcome();
        o.replyId = replyId;
        o.repliesReceived = count(repliesReceived);
        o.reactions = count(reactions);
        o.postRemoved = postRemoved;
        o.accountSuspended = accountSuspended;
        o.referralResult = ReferralResult.fromCode(referralResult).orElse(null);
        o.assessment = Assessment.fromCode(assessment).orElseThrow();
        o.note = note == null || note.isBlank() ? null : note.strip();
        o.recordedByName = by;
        o.recordedAt = now;
        return o;
    }

    /** A count typed by a person: blank is zero; anything else must be a whole number within bounds, else -1. */
    private static int count(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip().replace(" ", "").replace("\u202f", ""));
            return n >= 0 && n <= MAX_COUNT ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
