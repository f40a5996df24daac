package org.contrepoint.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link's query string, built pair by pair: each value encoded (so that no value can add a parameter of its own),
 * absent and blank values left out, pairs joined by {@code &}. The queue, library, dashboard and audit pages carry
 * their filters to the next page or an export with it.
 */
public final class QueryString {

    private final StringBuilder text = new StringBuilder(96);

    /** Adds {@code name=value}, unless the value is null or blank. */
    public QueryString add(String name, String value) {
        if (value != null && !value.isBlank()) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The pairs so far, without a leading {@code ?}; empty when none. */
    @Override
    public String toString() {
        return text.toString();
    }
}
