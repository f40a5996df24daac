package org.contrepoint.taxonomy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** Platform names follow the page's language wherever a page shows them. */
@QuarkusTest
class PlatformExtensionsTest {

    @Inject
    QueueSamples samples;

    private long otherPlatformPost() {
        var item = samples.item("label-" + UUID.randomUUID(), "Publication fictive vue sur un site sans catégorie");
        item.put("platform", "other");
        return samples.create(item);
    }

    @Test
    void anEnglishReaderSeesOtherWhereAFrenchReaderSeesAutre() {
        long id = otherPlatformPost();
        Browserless manager = Browserless.signedInAs("manager");
        manager.request().header("Accept-Language", "en").get("/queue/posts/" + id).then().statusCode(200)
                .body(containsString("· Other</h1>")).body(not(containsString("Autre")));
        manager.request().header("Accept-Language", "fr").get("/queue/posts/" + id).then().statusCode(200)
                .body(containsString("· Autre</h1>"));
    }

    @Test
    void theQueueFilterAndRowsNameThePlatformInTheReadersLanguage() {
        otherPlatformPost();
        Browserless.signedInAs("manager").request().header("Accept-Language", "en").get("/queue?platform=other")
                .then().statusCode(200).body(containsString("<option value=\"other\" selected>Other</option>"))
                .body(containsString(" · Other · ")).body(not(containsString("Autre")));
    }
}
