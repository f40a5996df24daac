package org.contrepoint.library;

/** Where a version stands in its review: draft → submitted → published, changes requested or rejected. */
public enum VersionStatus {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    CHANGES_REQUESTED("changes-requested"),
    PUBLISHED("published"),
    REJECTED("rejected");

    private final String code;

    VersionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Open versions are still under the author's or the reviewers' hands. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == CHANGES_REQUESTED;
    }

    public static java.util.Optional<VersionStatus> fromCode(String code) {
        for (VersionStatus s : values()) {
            if (s.code.equals(code)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
