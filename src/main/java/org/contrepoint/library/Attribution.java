package org.contrepoint.library;

import java.util.Arrays;
import java.util.Optional;

/** Whose voice a template speaks in: the State's, or civil society's (associations, religious leaders, families). */
public enum Attribution {
    STATE("state"),
    CIVIL_SOCIETY("civil-society");

    private final String code;

    Attribution(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Attribution> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
