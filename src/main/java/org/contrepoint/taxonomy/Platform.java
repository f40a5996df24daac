package org.contrepoint.taxonomy;

import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.web.Languages;

/**
 * The platforms where posts are found and replies published, with the length a reply may have there. X counts
 * every link as 23 characters whatever its length; the others count characters as written.
 */
public enum Platform {
    X("x", "X (Twitter)", "X (Twitter)", 280, true),
    FACEBOOK("facebook", "Facebook", "Facebook", 63_206, false),
    INSTAGRAM("instagram", "Instagram", "Instagram", 2_200, false),
    TIKTOK("tiktok", "TikTok", "TikTok", 150, false),
    YOUTUBE("youtube", "YouTube", "YouTube", 10_000, false),
    TELEGRAM("telegram", "Telegram", "Telegram", 4_096, false),
    FORUM("forum", "Forum", "Forum", 10_000, false),
    OTHER("other", "Autre", "Other", 10_000, false);

    /** Length X gives every link (t.co wrapping), whatever the link's own length. */
    public static final int X_LINK_LENGTH = 23;
    /** A link as X sees one: with a scheme, or a bare domain name with an optional path. */
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://\\S+|(?<![\\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?:/\\S*)?)",
            Pattern.CASE_INSENSITIVE);

    private final String code;
    private final String labelFr;
    private final String labelEn;
    private final int maxLength;
    private final boolean linksCountFixed;

    Platform(String code, String labelFr, String labelEn, int maxLength, boolean linksCountFixed) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.maxLength = maxLength;
        this.linksCountFixed = linksCountFixed;
    }

    public String code() {
        return code;
    }

    /**
     * The name shown to a reader of that language (English or else French, the product's first language). Templates
     * write {@code {platform.label}}: {@link PlatformExtensions} passes the page's locale.
     */
    public String label(Locale locale) {
        return Languages.pick(locale, labelFr, labelEn);
    }

    public int maxLength() {
        return maxLength;
    }

    public static Optional<Platform> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }

    /**
     * Length of a text as this platform counts it: code points (an emoji or Arabic letter counts once), except on X,
     * which counts every link as 23 and characters outside the Latin, Greek, Cyrillic, Hebrew and Arabic ranges twice.
     */
    public int length(String text) {
        if (text == null) {
            return 0;
        }
        return linksCountFixed ? xLength(text) : text.codePointCount(0, text.length());
    }

    private static int xLength(String text) {
        if (text == null) {
            return 0;
        }
        int length = 0;
        int last = 0;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String link = m.group();
            int end = m.end();
            // Sentence punctuation after a link is not part of it.
            while (!link.isEmpty() && ".,;:!?)»".indexOf(link.charAt(link.length() - 1)) >= 0) {
                link = link.substring(0, link.length() - 1);
                end--;
            }
            if (!link.toLowerCase(Locale.ROOT).startsWith("http") && !link.contains(".")) {
                continue;
            }
            length += weighted(text, last, m.start()) + X_LINK_LENGTH;
            last = end;
        }
        return length + weighted(text, last, text.length());
    }

    private static int weighted(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to;) {
            int cp = text.codePointAt(i);
            boolean light = cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
                    || (cp >= 0x2032 && cp <= 0x2037);
            n += light ? 1 : 2;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Characters left (negative when the text is too long). */
    public int remaining(String text) {
        return maxLength - length(text);
    }

    public boolean fits(String text) {
        return remaining(text) >= 0;
    }
}
