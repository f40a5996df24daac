package org.contrepoint.signoff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A reason code as typed in the admin forms (adding: all fields; editing: the labels and the position). */
public record ReasonForm(String code, String labelFr, String labelEn, String position, String version) {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_CODE = 60;
    static final int MAX_LABEL = 200;

    /** What is wrong with a field; the page says it in the reader's language. */
    public enum Problem {
        CODE_REQUIRED, CODE_FORMAT, CODE_TOO_LONG, CODE_TAKEN, LABEL_REQUIRED, LABEL_TOO_LONG, POSITION_RANGE
    }

    public static ReasonForm empty() {
        return new ReasonForm("", "", "", "", "0");
    }

    public static ReasonForm of(ReasonCode reason) {
        return new ReasonForm(reason.code, reason.labelFr, reason.labelEn, String.valueOf(reason.position),
                String.valueOf(reason.version));
    }

    public static ReasonForm read(String code, String labelFr, String labelEn, String position, String version) {
        return new ReasonForm(clean(code), clean(labelFr), clean(labelEn), clean(position), clean(version));
    }

    /** Field problems; {@code withCode} for a new code (an existing code never changes: replies refer to it). */
    public Map<String, Problem> errors(boolean withCode) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (withCode) {
            if (code.isEmpty()) {
                errors.put("code", Problem.CODE_REQUIRED);
            } else if (code.length() > MAX_CODE) {
                errors.put("code", Problem.CODE_TOO_LONG);
            } else if (!CODE.matcher(code).matches()) {
                errors.put("code", Problem.CODE_FORMAT);
            } else if (ReasonCode.findById(code) != null) {
                errors.put("code", Problem.CODE_TAKEN);
            }
        }
        label(errors, "labelFr", labelFr);
        label(errors, "labelEn", labelEn);
        if (!position.isEmpty() && (PolicyForm.parse(position) < 1 || PolicyForm.parse(position) > 999)) {
            errors.put("position", Problem.POSITION_RANGE);
        }
        return errors;
    }

    /** The position typed, or null when left empty (a new code then goes last). */
    Integer positionValue() {
        return position.isEmpty() ? null : PolicyForm.parse(position);
    }

    int versionValue() {
        return PolicyForm.parse(version);
    }

    private static void label(Map<String, Problem> errors, String field, String value) {
        if (value.isEmpty()) {
            errors.put(field, Problem.LABEL_REQUIRED);
        } else if (value.length() > MAX_LABEL) {
            errors.put(field, Problem.LABEL_TOO_LONG);
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
