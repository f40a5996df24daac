package org.contrepoint.signoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.queue.RiskLevel;

/**
 * The sign-off policy form as typed: one row per risk level. Values stay strings so that a refused form shows
 * exactly what was typed; {@link #errors()} says, per field, what is wrong.
 */
public record PolicyForm(List<Row> rows) {

    /** One risk level's line of the form; field names are {@code approvals-LOW}, {@code verbatim-LOW}, … */
    public record Row(RiskLevel risk, String approvals, String verbatimApprovals, String maxDeparture, String version) {

        public String approvalsField() {
            return "approvals-" + risk.name();
        }

        public String verbatimField() {
            return "verbatim-" + risk.name();
        }

        public String departureField() {
            return "departure-" + risk.name();
        }

        public String versionField() {
            return "version-" + risk.name();
        }

        static Row of(SignoffPolicy p) {
            return new Row(p.risk, String.valueOf(p.approvals), String.valueOf(p.verbatimApprovals),
                    String.valueOf(p.verbatimMaxDeparture), String.valueOf(p.version));
        }

        int approvalsValue() {
            return parse(approvals);
        }

        int verbatimValue() {
            return parse(verbatimApprovals);
        }

        int departureValue() {
            return parse(maxDeparture);
        }

        int versionValue() {
            return parse(version);
        }
    }

    /** What an error is about; the page turns it into a sentence in the reader's language. */
    public enum Problem {
        APPROVALS_RANGE, VERBATIM_RANGE, VERBATIM_ABOVE_APPROVALS, DEPARTURE_RANGE
    }

    public static PolicyForm current() {
        List<Row> rows = new ArrayList<>();
        for (RiskLevel risk : RiskLevel.values()) {
            rows.add(Row.of(SignoffPolicy.of(risk)));
        }
        return new PolicyForm(rows);
    }

    public static PolicyForm read(Map<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (RiskLevel risk : RiskLevel.values()) {
            rows.add(new Row(risk, clean(params.get("approvals-" + risk.name())),
                    clean(params.get("verbatim-" + risk.name())), clean(params.get("departure-" + risk.name())),
                    clean(params.get("version-" + risk.name()))));
        }
        return new PolicyForm(rows);
    }

    /** Field name → problem, in the order of the form; empty when the form can be saved. */
    public Map<String, Problem> errors() {
        Map<String, Problem> errors = new LinkedHashMap<>();
        for (Row row : rows) {
            int approvals = row.approvalsValue();
            int verbatim = row.verbatimValue();
            int departure = row.departureValue();
            boolean approvalsOk = approvals >= 1 && approvals <= SignoffPolicy.MAX_APPROVALS;
            if (!approvalsOk) {
                errors.put(row.approvalsField(), Problem.APPROVALS_RANGE);
            }
            if (verbatim < 1 || verbatim > SignoffPolicy.MAX_APPROVALS) {
                errors.put(row.verbatimField(), Problem.VERBATIM_RANGE);
            } else if (approvalsOk && verbatim > approvals) {
                errors.put(row.verbatimField(), Problem.VERBATIM_ABOVE_APPROVALS);
            }
            if (departure < 0 || departure > 100) {
                errors.put(row.departureField(), Problem.DEPARTURE_RANGE);
            }
        }
        return errors;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** A whole number, or -1 (always out of bounds) for anything else. */
    static int parse(String value) {
        if (value == null || !value.matches("\\d{1,4}")) {
            return -1;
        }
        return Integer.parseInt(value);
    }
}
