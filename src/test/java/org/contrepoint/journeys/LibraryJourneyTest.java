package org.contrepoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library as people meet it: a contributor proposes a template, a reviewer asks for changes, the contributor
 * revises, the reviewer publishes the revision, and a community manager finds it by searching in
 * French. Every page passes axe-core.
 */
@QuarkusTest
@RequiresChromium
class LibraryJourneyTest {

    private static BrowserSupport browser;

    @TestHTTPResource("/")
    URL baseUrl;

    @BeforeAll
    static void launchBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void contributorProposesReviewerRequestsChangesContributorRevisesReviewerPublishesManagerFinds() {
        try (Journey contributor = browser.newJourney(baseUrl, "library-contributor");
                Journey reviewer = browser.newJourney(baseUrl, "library-reviewer");
                Journey manager = browser.newJourney(baseUrl, "library-manager")) {
            Page c = contributor.page();
            signIn(c, "contributor");
            c.navigate("/library");
            assertThat(c.locator("h1")).hasText("Bibliothèque de contre-discours");
            Accessibility.assertAccessible(c, "/library (contributor)");
            c.locator("a[href='/library/propose']").first().click();
            assertThat(c.locator("h1")).hasText("Proposer un modèle");
            Accessibility.assertAccessible(c, "/library/propose");

            // A first try with an unknown variable: refused next to the field, nothing lost.
            c.locator("#title").fill("Les caravanes de l’exil");
            c.locator("#body").fill("Partir pour la hijra ? {{lien}} Les témoignages publiés racontent l’inverse.");
            c.locator("label[for='narrative-religious-obligation']").click();
            c.locator("#strategy").selectOption("testimony");
            c.locator("button[type=submit]:has-text('Soumettre à relecture')").click();
            assertThat(c.locator("#body-error")).containsText("Variable inconnue : {{lien}}");
            assertThat(c.locator("#title")).hasValue("Les caravanes de l’exil");
            Accessibility.assertAccessible(c, "/library/propose with errors");
            c.locator("#body").fill("Partir pour la hijra ? Les témoignages publiés racontent l’inverse : "
                    + "{{lien_ressource}}");
            c.locator("#variant-x").fill("Partir pour la hijra ? Les témoignages racontent l’inverse.");
            c.locator("button[type=submit]:has-text('Soumettre à relecture')").click();
            assertThat(c.locator("#statut")).hasText("Soumis à relecture");
            String proposal = c.url().replaceAll("\\?.*", "").replaceAll(".*/library/versions/", "");
            Accessibility.assertAccessible(c, "proposal page (contributor)");

            Page r = reviewer.page();
            signIn(r, "reviewer");
            r.navigate("/library/reviews");
            assertThat(r.locator("h1")).hasText("Propositions à relire");
            Accessibility.assertAccessible(r, "/library/reviews");
            r.locator("a[href='/library/versions/" + proposal + "']").click();
            assertThat(r.locator("#decision")).isVisible();
            Accessibility.assertAccessible(r, "proposal page (reviewer)");
            r.locator("#reason").fill("Citez le témoignage publié, avec sa référence.");
            r.locator("button[value='request-changes']").click();
            assertThat(r.locator("#statut")).hasText("Modifications demandées");
            r.locator("#mention").fill("Inès Moreau (démo)");
            r.locator("[data-insert-mention]").click();
            assertThat(r.locator("#commentaire")).hasValue("@[Inès Moreau (démo)] ");
            r.locator("#commentaire").fill("@[Inès Moreau (démo)] la référence du témoignage manque.");
            r.locator("button[type=submit]:has-text('Ajouter le commentaire')").click();
            assertThat(r.locator("#discussion + ol strong")).hasText("@Inès Moreau (démo)");
            Accessibility.assertAccessible(r, "proposal page with a discussion");

            c.navigate("/library/versions/" + proposal);
            assertThat(c.locator("#contenu")).containsText("Citez le témoignage publié");
            assertThat(c.locator("#discussion + ol")).containsText("la référence du témoignage manque.");
            c.locator("a[href$='/edit']").click();
            assertThat(c.locator("h1")).hasText("Proposer une nouvelle version");
            Accessibility.assertAccessible(c, "revision form");
            c.locator("#body").fill("Partir pour la hijra ? Les témoignages publiés de familles racontent l’inverse : "
                    + "{{lien_ressource}}");
            c.locator("#source-title-0").fill("Dounia Bouzar, Ils cherchent le paradis, ils ont trouvé l’enfer, "
                    + "Éditions de l’Atelier, 2014");
            c.locator("button[type=submit]:has-text('Soumettre à relecture')").click();
            assertThat(c.locator("#statut")).hasText("Soumis à relecture");

            r.navigate("/library/versions/" + proposal);
            r.locator("button[value='publish']").click();
            assertThat(r.locator("#statut")).hasText("Publié");
            Accessibility.assertAccessible(r, "published proposal");

            Page m = manager.page();
            signIn(m, "manager");
            m.navigate("/library");
            m.locator("#q").fill("l'hijra temoignage");
            m.locator("#f-narrative").selectOption("religious-obligation");
            m.locator("#recherche button[type=submit]").first().click();
            assertThat(m.locator("#resultats")).containsText("Les caravanes de l’exil");
            Accessibility.assertAccessible(m, "/library search results");
            m.locator("#resultats a:has-text('Les caravanes de l’exil')").click();
            assertThat(m.locator("h1")).hasText("Les caravanes de l’exil");
            assertThat(m.locator("#contenu")).containsText("{{lien_ressource}}");
            assertThat(m.locator("#contenu")).containsText("Historique des versions");
            Accessibility.assertAccessible(m, "template page");
            assertThat(m).hasURL(Pattern.compile("/library/templates/"));
        }
    }

    private static void signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#se-connecter").click();
    }
}
