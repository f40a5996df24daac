package org.contrepoint.taxonomy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.contrepoint.support.Browserless;
import org.junit.jupiter.api.Test;

/** The library's filters and result labels are kept between pages, yet a strategy changed here shows at once. */
@QuarkusTest
class TaxonomyChoicesTest {

    @Test
    void aRenamedOrRetiredStrategyShowsInTheLibraryAtOnce() {
        Browserless manager = Browserless.signedInAs("manager");
        String before = QuarkusTransaction.requiringNew().call(() -> Strategy.<Strategy>findById("humour").labelFr);
        manager.get("/library").then().statusCode(200).body(containsString(">" + before + "</option>"));
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> Strategy.<Strategy>findById("humour").labelFr = "Humour renommé");
            manager.get("/library").then().body(containsString(">Humour renommé</option>"))
                    .body(not(containsString(">" + before + "</option>")));
            QuarkusTransaction.requiringNew().run(() -> Strategy.<Strategy>findById("humour").active = false);
            manager.get("/library").then().body(not(containsString("value=\"humour\"")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Strategy humour = Strategy.findById("humour");
                humour.labelFr = before;
                humour.active = true;
            });
        }
        manager.get("/library").then().body(containsString(">" + before + "</option>"));
    }
}
