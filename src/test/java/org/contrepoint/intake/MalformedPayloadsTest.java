package org.contrepoint.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated malformed bodies (jqwik's generators, driven from a Quarkus test): each gets a 4xx, never
 * a 5xx, and not one row is written.
 */
@QuarkusTest
class MalformedPayloadsTest {

    private static final String[] FIELDS = { "platform", "platformId", "url", "text", "postedAt", "capturedAt",
            "language", "narratives", "metrics", "risk", "authorHandle" };

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    /** Values each field refuses: wrong type, out of range, unknown code, or missing where required. */
    private static Arbitrary<Object> invalidFor(String field) {
        Arbitrary<Object> control = Arbitraries.strings().alpha().ofMaxLength(10).map(s -> (Object) ("\u0001" + s));
        Arbitrary<Object> number = Arbitraries.integers().map(i -> (Object) i);
        return switch (field) {
            case "platform" -> Arbitraries.oneOf(number, control, Arbitraries.strings().alpha().ofMinLength(1)
                    .ofMaxLength(12).map(s -> (Object) ("zz" + s)), Arbitraries.of((Object) "", (Object) List.of("x")));
            case "platformId" -> Arbitraries.oneOf(number, control, Arbitraries.of((Object) "", (Object) "x".repeat(201)));
            case "url" -> Arbitraries.oneOf(number, control, Arbitraries.of((Object) "javascript:alert(1)",
                    (Object) "ftp://exemple.invalid/x", (Object) "pas une adresse", (Object) "data:text/html,x"));
            case "text" -> Arbitraries.oneOf(number, Arbitraries.of((Object) "", (Object) "   ",
                    (Object) "x".repeat(10_001), (Object) Boolean.TRUE));
            case "postedAt", "capturedAt" -> Arbitraries.oneOf(number, control, Arbitraries.of((Object) "not-a-date",
                    (Object) "", (Object) "2999-01-01T00:00:00Z", (Object) "24/11/2026"));
            case "language" -> Arbitraries.oneOf(number, Arbitraries.of((Object) "français!", (Object) "x".repeat(9)));
            case "narratives" -> Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                    .map(s -> (Object) List.of("inconnu-" + s)), Arbitraries.of((Object) "victimhood", (Object) List.of(1)));
            case "metrics" -> Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1).map(i -> (Object) Map.of("views", i)),
                    Arbitraries.of((Object) Map.of("views", "beaucoup"), (Object) Map.of("shares", 1.5),
                            (Object) Map.of("followers", 1e15), (Object) "beaucoup"));
            case "risk" -> Arbitraries.oneOf(number, Arbitraries.of((Object) "extreme", (Object) "très élevé"));
            default -> Arbitraries.oneOf(number, control, Arbitraries.of((Object) "x".repeat(201)));
        };
    }

    /** A valid item with one field broken. */
    private Arbitrary<String> brokenItems(String marker) {
        return Arbitraries.of(FIELDS).flatMap(field -> invalidFor(field).map(value -> {
            ObjectNode item = samples.item(marker + "-" + UUID.randomUUID(), "Texte " + marker);
            item.putPOJO(field, value);
            return item.toString();
        }));
    }

    private Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789abc").ofMaxLength(60),
                Arbitraries.of("[]", "null", "42", "\"texte\"", "{\"posts\": 3}", "{\"posts\": []}",
                        "{\"posts\": [1, 2]}", "{\"posts\": {}}", "{}"));
    }

    @Test
    void twoHundredFiftyMalformedBodiesGet4xxAndWriteNothing() {
        String marker = "malformed-" + UUID.randomUUID();
        long before = db.count("select count(*) from post");
        List<String> bodies = new ArrayList<>();
        brokenItems(marker).sampleStream().limit(180).forEach(bodies::add);
        garbage().sampleStream().limit(70).forEach(bodies::add);
        List<String> surprises = new ArrayList<>();
        for (String body : bodies) {
            int status = given().auth().preemptive().basic("monitor", "demo").contentType("application/json")
                    .body(body).post("/api/v1/posts").statusCode();
            if (status < 400 || status >= 500) {
                surprises.add(status + " for " + (body.length() > 200 ? body.substring(0, 200) : body));
            }
        }
        assertTrue(surprises.isEmpty(), String.join("\n", surprises));
        assertEquals(250, bodies.size());
        assertEquals(before, db.count("select count(*) from post"));
    }
}
