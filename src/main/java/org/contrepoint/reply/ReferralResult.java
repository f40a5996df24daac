package org.contrepoint.reply;

import java.util.Arrays;
import java.util.Optional;

/** What became of a referral (PHAROS or the platform's channel), as far as the team learnt. */
public enum ReferralResult {
    PENDING, CONTENT_REMOVED, ACCOUNT_SUSPENDED, NO_ACTION, PROCEEDINGS;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<ReferralResult> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
