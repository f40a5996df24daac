package org.contrepoint.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor without a browser: keeps cookies between requests, reads the CSRF token from the last page, and
 * signs in through the real sign-in form.
 */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    /** Absolute URL of a path of the application under test, as redirects name it. */
    public static String url(String path) {
        return "http://localhost:" + io.restassured.RestAssured.port + path;
    }

    public static Browserless anonymous() {
        return new Browserless();
    }

    public static Browserless signedInAs(String username) {
        return signedInAs(username, "demo");
    }

    public static Browserless signedInAs(String username, String password) {
        Browserless visitor = new Browserless();
        Response response = visitor.signIn(username, password);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + response.statusCode());
        }
        visitor.get("/");
        return visitor;
    }

    /** Opens the sign-in page and submits the form. */
    public Response signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return remember(request().get(path));
    }

    /** A form POST with the CSRF token of the last page read. */
    public Response post(String path, Map<String, String> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(spec::formParam);
        if (csrfToken != null) {
            spec.formParam("_csrf", csrfToken);
        }
        return remember(spec.post(path));
    }

    public Response postWithoutToken(String path, Map<String, String> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(spec::formParam);
        return remember(spec.post(path));
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        String contentType = response.contentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            Matcher matcher = CSRF.matcher(response.asString());
            if (matcher.find()) {
                csrfToken = matcher.group(1);
            }
        }
        return response;
    }
}
