package org.contrepoint.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Just enough of a browser to sign in through Keycloak's login form: a browser-like cookie jar
 * ({@link KeycloakCookieJar}) shared by the app and Keycloak, redirects followed one hop at a time (so a test can see
 * each hop), and the login form read and submitted.
 */
final class KeycloakBrowser {

    private static final int MAX_REDIRECTS = 20;

    private final KeycloakCookieJar cookies = new KeycloakCookieJar();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Where a chain of requests ended: the last response, and every URI requested on the way. */
    record Page(URI uri, int status, String body, String location, List<URI> visited) {

        Document html() {
            return Jsoup.parse(body, uri.toString());
        }

        boolean isKeycloakLoginForm() {
            return status == 200 && html().selectFirst("form#kc-form-login") != null;
        }
    }

    /** GET, following redirects. */
    Page get(URI uri) {
        return follow(request(uri).GET().build(), target -> false);
    }

    /** GET, following redirects except one whose target matches {@code stopAt}: that one is returned unfollowed. */
    Page get(URI uri, Predicate<URI> stopAt) {
        return follow(request(uri).GET().build(), stopAt);
    }

    /** Fills in and submits Keycloak's login form on {@code loginPage}, then follows the redirects. */
    Page signIn(Page loginPage, String username, String password) {
        return signIn(loginPage, username, password, target -> false);
    }

    Page signIn(Page loginPage, String username, String password, Predicate<URI> stopAt) {
        Element form = loginPage.html().selectFirst("form#kc-form-login");
        if (form == null) {
            throw new AssertionError("No Keycloak login form at " + loginPage.uri() + " (status "
                    + loginPage.status() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        fields.put("username", username);
        fields.put("password", password);
        HttpRequest post = request(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields)))
                .build();
        return follow(post, stopAt);
    }

    /** Submits a form of the application (POST), then follows the redirects. */
    Page post(URI uri, Map<String, String> fields) {
        HttpRequest post = request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields))).build();
        return follow(post, target -> false);
    }

    /** One GET, redirects not followed, with this browser's cookies; {@code headers} are name/value pairs. */
    HttpResponse<String> send(URI uri, String... headers) {
        HttpRequest.Builder builder = request(uri).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    boolean hasCookie(String namePrefix) {
        return cookies.has(namePrefix);
    }

    static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page follow(HttpRequest first, Predicate<URI> stopAt) {
        List<URI> visited = new ArrayList<>();
        HttpRequest request = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            visited.add(request.uri());
            HttpResponse<String> response = send(request);
            String location = response.headers().firstValue("Location").orElse(null);
            boolean redirect = response.statusCode() >= 300 && response.statusCode() < 400 && location != null;
            if (!redirect) {
                return new Page(request.uri(), response.statusCode(), response.body(), null, visited);
            }
            URI target = request.uri().resolve(location);
            if (stopAt.test(target)) {
                return new Page(request.uri(), response.statusCode(), response.body(), target.toString(), visited);
            }
            // Every redirect in these flows (302, 303) turns into a GET, as browsers do.
            request = request(target).GET().build();
        }
        throw new AssertionError("More than " + MAX_REDIRECTS + " redirects: " + visited);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "fr");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
