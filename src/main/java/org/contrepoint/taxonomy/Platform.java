package org.contrepoint.taxonomy;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platforms where posts are found and replies published, with the length a reply may have there. X counts
 * every link as 23 characters whatever its length; the others count characters as written.
 */
public enum Platform {
    X("x", "X (Twitter)", 280, true),
    FACEBOOK("facebook", "Facebook", 63_206, false),
    INSTAGRAM("instagram", "Instagram", 2_200, false),
    TIKTOK("tiktok", "TikTok", 150, false),
    YOUTUBE("youtube", "YouTube", 10_000, false),
    TELEGRAM("telegram", "Telegram", 4_096, false),
    FORUM("forum", "Forum", 10_000, false),
    OTHER("other", "Autre", 10_000, false);

    /** Length X gives every link (t.co wrapping), whatever the link's own length. */
    public static final int X_LINK_LENGTH = 23;
    private static final Pattern LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    private final String code;
    private final String label;
    private final int maxLength;
    private final boolean linksCountFixed;

    Platform(String code, String label, int maxLength, boolean linksCountFixed) {
        this.code = code;
        this.label = label;
        this.maxLength = maxLength;
        this.linksCountFixed = linksCountFixed;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int maxLength() {
        return maxLength;
    }

    public static Optional<Platform> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }

    /** Length of a text as this platform counts it (code points, so an emoji or Arabic letter counts once). */
    public int length(String text) {
        if (text == null) {
            return 0;
        }
        if (!linksCountFixed) {
            return text.codePointCount(0, text.length());
        }
        int length = 0;
        int last = 0;
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            length += text.codePointCount(last, links.start()) + X_LINK_LENGTH;
            last = links.end();
        }
        return length + text.codePointCount(last, text.length());
    }

    /** Characters left (negative when the text is too long). */
    public int remaining(String text) {
        return maxLength - length(text);
    }

    public boolean fits(String text) {
        return remaining(text) >= 0;
    }
}
