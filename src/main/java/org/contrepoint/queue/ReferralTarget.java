package org.contrepoint.queue;

import java.util.Arrays;
import java.util.Optional;

/** Where illegal content is reported: PHAROS (the authorities) or the platform's own channel. */
public enum ReferralTarget {
    PHAROS, PLATFORM;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ReferralTarget> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
