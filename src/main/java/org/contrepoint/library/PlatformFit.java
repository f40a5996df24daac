package org.contrepoint.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.taxonomy.Platform;

/**
 * Whether a template's text, or its variant for a platform, fits there. X is counted as X counts (the library
 * README § 2.4): every link, even a bare domain, is 23 characters, and characters outside X's light ranges (emoji,
 * "…") count twice.
 */
public final class PlatformFit {

    /** Platforms a template may carry a variant for, in the files' order. */
    public static final List<Platform> VARIANT_PLATFORMS = List.of(Platform.X, Platform.INSTAGRAM, Platform.TIKTOK,
            Platform.FACEBOOK, Platform.YOUTUBE, Platform.TELEGRAM);

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://\\S+|(?<![\\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?:/\\S*)?)",
            Pattern.CASE_INSENSITIVE);

    /** One platform's verdict: which text is used (the variant, else the body), its length and the limit. */
    public record Fit(Platform platform, boolean variant, int length, int limit) {
        public boolean fits() {
            return length <= limit;
        }

        public int remaining() {
            return limit - length;
        }

        public String code() {
            return platform.code();
        }

        public String label() {
            return platform.label();
        }
    }

    private PlatformFit() {
    }

    public static Platform platform(String code) {
        return Platform.fromCode(code).filter(VARIANT_PLATFORMS::contains).orElse(null);
    }

    public static int length(Platform platform, String text) {
        return platform == Platform.X ? xLength(text) : platform.length(text);
    }

    public static boolean fits(Platform platform, String text) {
        return length(platform, text) <= platform.maxLength();
    }

    public static List<Fit> of(String body, java.util.Map<String, String> variants) {
        List<Fit> fits = new ArrayList<>();
        for (Platform p : VARIANT_PLATFORMS) {
            String variant = variants.get(p.code());
            String text = variant != null ? variant : body;
            fits.add(new Fit(p, variant != null, length(p, text), p.maxLength()));
        }
        return fits;
    }

    static int xLength(String text) {
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
            length += weighted(text, last, m.start()) + Platform.X_LINK_LENGTH;
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
}
