package org.contrepoint.queue;

import java.util.Arrays;
import java.util.Optional;

/** What the team decided about a post. Not replying (monitor, dismiss) can be the right call. */
public enum DecisionKind {
    RESPOND, REFER, BOTH, MONITOR, DISMISS;

    public boolean refers() {
        return this == REFER || this == BOTH;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<DecisionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
