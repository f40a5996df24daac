package org.contrepoint.web;

import java.net.URI;

/** Where a form may send the visitor back to: only paths of this application, never another site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    public static URI localOr(String target, String fallback) {
        if (target == null || target.isBlank() || !target.startsWith("/") || target.startsWith("//")
                || target.startsWith("/\\") || target.chars().anyMatch(c -> c < 0x20)) {
            return URI.create(fallback);
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getAuthority() == null ? uri : URI.create(fallback);
        } catch (IllegalArgumentException e) {
            return URI.create(fallback);
        }
    }
}
