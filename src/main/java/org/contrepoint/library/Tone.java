package org.contrepoint.library;

import java.util.Arrays;
import java.util.Optional;

/** The register of a reply. */
public enum Tone {
    FACTUAL("factual"),
    EMPATHETIC("empathetic"),
    QUESTIONING("questioning"),
    HUMOROUS("humorous"),
    SOLEMN("solemn");

    private final String code;

    Tone(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Tone> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
