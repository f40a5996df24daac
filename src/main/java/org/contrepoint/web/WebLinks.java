package org.contrepoint.web;

import java.net.URI;

/** What counts as a web address where people give one (a post's URL, a published reply's): http(s) with a host. */
public final class WebLinks {

    private WebLinks() {
    }

    public static boolean isWebLink(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
