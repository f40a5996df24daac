package org.contrepoint.reply;

import java.util.Arrays;
import java.util.Optional;

/** The community manager's reading of what a published reply achieved; it feeds the template's effectiveness. */
public enum Assessment {
    /** The reply was heard: constructive answers, the original removed, help sought. */
    POSITIVE,
    /** No visible effect. */
    NEUTRAL,
    /** It backfired: hostile pile-on, more reach for the original. */
    NEGATIVE;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Assessment> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
