package org.contrepoint.identity;

import java.net.CookieHandler;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie jar that behaves like a browser's where java.net.CookieManager does not: Keycloak marks its cookies
 * {@code Secure} even on http://localhost, and browsers send them there because loopback counts as a secure context;
 * CookieManager would drop them and Keycloak would answer "cookie not found". Values are sent back exactly as they
 * came (quotes included), as plain {@code name=value} pairs. Cookies ignore ports, so the app and Keycloak, both on
 * localhost, share one jar, as they do in a browser.
 */
final class KeycloakCookieJar extends CookieHandler {

    private record Cookie(String name, String value, String domain, boolean hostOnly, String path, boolean secure,
            Instant expires) {

        boolean matches(URI uri, Instant now) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean domainMatches = hostOnly ? host.equals(domain) : host.equals(domain) || host.endsWith("." + domain);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String directory = this.path.endsWith("/") ? this.path : this.path + "/";
            boolean pathMatches = path.equals(this.path) || path.startsWith(directory);
            boolean secureMatches = !secure || "https".equalsIgnoreCase(uri.getScheme()) || isLoopback(host);
            return domainMatches && pathMatches && secureMatches && (expires == null || expires.isAfter(now));
        }
    }

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Instant now = Instant.now();
        String header = cookies.stream()
                .filter(cookie -> cookie.matches(uri, now))
                .sorted(Comparator.comparingInt((Cookie cookie) -> cookie.path().length()).reversed())
                .map(cookie -> cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if ("set-cookie".equalsIgnoreCase(name)) {
                values.forEach(value -> store(uri, value));
            }
        });
    }

    synchronized boolean has(String namePrefix) {
        Instant now = Instant.now();
        return cookies.stream()
                .anyMatch(cookie -> cookie.name().startsWith(namePrefix)
                        && (cookie.expires() == null || cookie.expires().isAfter(now)));
    }

    private void store(URI uri, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        String domain = uri.getHost().toLowerCase(Locale.ROOT);
        boolean hostOnly = true;
        String path = defaultPath(uri);
        boolean secure = false;
        Instant expires = null;
        Instant maxAgeExpiry = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].trim().split("=", 2);
            String key = attribute[0].trim().toLowerCase(Locale.ROOT);
            String attributeValue = attribute.length > 1 ? attribute[1].trim() : "";
            switch (key) {
                case "domain" -> {
                    if (!attributeValue.isEmpty()) {
                        domain = attributeValue.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT);
                        hostOnly = false;
                    }
                }
                case "path" -> path = attributeValue.startsWith("/") ? attributeValue : path;
                case "secure" -> secure = true;
                case "max-age" -> maxAgeExpiry = Instant.now().plusSeconds(Long.parseLong(attributeValue));
                case "expires" -> expires = parseExpires(attributeValue);
                default -> {
                    // HttpOnly, SameSite, Version: nothing for this jar to enforce
                }
            }
        }
        Instant expiry = maxAgeExpiry != null ? maxAgeExpiry : expires;
        String finalDomain = domain;
        String finalPath = path;
        cookies.removeIf(cookie -> cookie.name().equals(name) && cookie.domain().equals(finalDomain)
                && cookie.path().equals(finalPath));
        if (expiry == null || expiry.isAfter(Instant.now())) {
            cookies.add(new Cookie(name, value, domain, hostOnly, path, secure, expiry));
        }
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static Instant parseExpires(String value) {
        try {
            return ZonedDateTime.parse(value.replace('-', ' '), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }
}
