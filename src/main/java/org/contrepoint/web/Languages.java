package org.contrepoint.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;

/** French first, English second: the language of a request, from the visitor's choice or their browser. */
public final class Languages {

    public static final String COOKIE = "contrepoint-lang";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<String> SUPPORTED = List.of("fr", "en");

    private Languages() {
    }

    public static Locale of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept),
                        List.of(Locale.FRENCH, Locale.ENGLISH));
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header is no reason to fail the page: fall back to French.
            }
        }
        return FRENCH;
    }

    /** Of a text written in both languages, the one for this reader: English for English, French otherwise. */
    public static String pick(Locale reader, String french, String english) {
        return reader != null && "en".equals(reader.getLanguage()) ? english : french;
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }
}
