package org.contrepoint.library;

import java.util.ArrayList;
import java.util.List;
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
    }

    private PlatformFit() {
    }

    public static Platform platform(String code) {
        return Platform.fromCode(code).filter(VARIANT_PLATFORMS::contains).orElse(null);
    }

    public static int length(Platform platform, String text) {
        return platform.length(text);
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
}
