package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

/**
 * Every HTML page leaves as UTF-8 bytes with its length and names its charset, including the pages a resource
 * hands over as a template inside a {@code Response} (sign-in, dashboards, error pages), which were sent as plain
 * {@code text/html}.
 */
@QuarkusTest
class WebResponseFilterTest {

    @Test
    void aRenderedPageWithAccentsArrivesAsExactUtf8WithItsLength() {
        Response page = Browserless.signedInAs("manager").get("/queue");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", "").toLowerCase());
        byte[] body = page.asByteArray();
        assertEquals(String.valueOf(body.length), page.header("Content-Length"));
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.contains("File des publications"), "the French page");
        assertTrue(text.contains("Échéance"), "É is two bytes in UTF-8");
        assertTrue(text.stripLeading().toLowerCase().startsWith("<!doctype html>"), text.substring(0, 40));
    }

    @Test
    void theSignInPageNamesItsCharset() {
        assertUtf8Html(Browserless.anonymous().get("/login"), 200);
    }

    @Test
    void aSignInRefusedForMissingFieldsNamesItsCharset() {
        Browserless visitor = Browserless.anonymous();
        visitor.get("/login");
        assertUtf8Html(visitor.post("/login", Map.of("username", "", "password", "")), 400);
    }

    @Test
    void aDashboardAndAnErrorPageNameTheirCharset() {
        assertUtf8Html(Browserless.signedInAs("reviewer").get("/dashboard"), 200);
        Browserless manager = Browserless.signedInAs("manager");
        assertUtf8Html(manager.request().accept("text/html").get("/queue/posts/999999999"), 404);
        assertUtf8Html(manager.request().accept("text/html").get("/no-such-page"), 404);
    }

    private static void assertUtf8Html(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals("text/html;charset=utf-8", response.contentType().replace(" ", "").toLowerCase());
    }
}
