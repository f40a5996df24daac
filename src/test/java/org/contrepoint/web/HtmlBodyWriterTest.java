package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

/** Rendered pages leave as UTF-8 bytes whose length the header states, with the charset named. */
@QuarkusTest
class HtmlBodyWriterTest {

    @Test
    void aRenderedPageWithAccentsArrivesAsExactUtf8() {
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
}
