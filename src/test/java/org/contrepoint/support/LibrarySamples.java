package org.contrepoint.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** A valid template proposal, as the library's proposal form sends it, for tests to change or send as it is. */
public final class LibrarySamples {

    private LibrarySamples() {
    }

    public static Map<String, String> proposal(String title, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("body", body);
        form.put("language", "fr");
        form.put("narratives", "caliphate-utopia");
        form.put("strategy", "facts");
        form.put("attribution", "state");
        form.put("tone", "factual");
        form.put("variants.x", "Court : {{lien_ressource}}");
        form.put("sources[0].title", "Stop djihadisme");
        form.put("sources[0].url", "https://www.stop-djihadisme.gouv.fr");
        form.put("review_date", "2027-09-30");
        form.put("change_note", "Première proposition.");
        return form;
    }

    /** Proposes as the visitor and answers the new version's id. */
    public static long propose(Browserless visitor, String title) {
        visitor.get("/library/propose");
        Response r = visitor.post("/library/propose", proposal(title, "Le « califat » promis n’a jamais existé."));
        assertEquals(303, r.statusCode(), r.asString());
        return Long.parseLong(r.header("Location").replaceAll(".*/library/versions/(\\d+).*", "$1"));
    }
}
