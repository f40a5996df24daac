package org.contrepoint.reply;

import java.util.Arrays;
import java.util.Optional;

/** Where a reply stands in its sign-off. Rejected, published and withdrawn replies are final. */
public enum ReplyStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, PUBLISHED, WITHDRAWN;

    /** The author may change the text (after submission or approval, the change voids the approvals). */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == SUBMITTED || this == APPROVED;
    }

    public boolean finished() {
        return this == REJECTED || this == PUBLISHED || this == WITHDRAWN;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<ReplyStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
