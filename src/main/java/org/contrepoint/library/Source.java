package org.contrepoint.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A reference backing a template: an official page, a published testimony, a Quran reference. */
@Embeddable
public class Source {

    @Column(nullable = false)
    public String title;

    public String url;

    public String publisher;

    public Source() {
    }

    public Source(String title, String url, String publisher) {
        this.title = title;
        this.url = url;
        this.publisher = publisher;
    }

    /** Only http(s) addresses become links: anything else (javascript:, data:) is shown as text, never followed. */
    public boolean hasSafeLink() {
        return isSafeUrl(url);
    }

    public static boolean isSafeUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8
                && lower.chars().noneMatch(Character::isWhitespace);
    }
}
