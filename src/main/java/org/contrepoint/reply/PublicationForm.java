package org.contrepoint.reply;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contrepoint.web.WebLinks;

/**
 * Where and when the approved reply was posted. The time is typed as Paris wall-clock time (what the community
 * manager's own clock shows) and stored as an instant.
 */
public record PublicationForm(String url, String publishedAt) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Field → error key (see ReplyMessages.fieldError). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!webAddress(url)) {
            errors.put("url", "PublicationUrl");
        }
        if (at() == null) {
            errors.put("publishedAt", "PublicationTime");
        }
        return errors;
    }

    public Instant at() {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishedAt.strip()).atZone(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean webAddress(String value) {
        if (value == null || value.isBlank() || value.length() > 2000) {
            return false;
        }
        return WebLinks.isWebLink(value);
    }
}
