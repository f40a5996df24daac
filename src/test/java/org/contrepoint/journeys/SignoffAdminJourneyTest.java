package org.contrepoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An admin in a real browser opens the sign-off policy from the administration home, gets a refused value
 * explained next to its field, and opens a reason code. Every page passes axe-core; nothing is saved.
 */
@QuarkusTest
@RequiresChromium
class SignoffAdminJourneyTest extends OneTabPerTest {

    @Test
    void adminOpensThePolicySeesARefusedValueExplainedAndOpensAReason() {
        page.navigate("/admin");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("demo");
        page.locator("#se-connecter").click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        page.locator("#contenu a[href='/admin/signoff']").click();
        assertThat(page).hasURL(Pattern.compile("/admin/signoff$"));
        assertThat(page.locator("h1")).hasText("Politique de validation et motifs");
        journey.screenshot("politique-validation");
        Accessibility.assertAccessible(page, "/admin/signoff");

        page.locator("#approvals-HIGH").fill("9");
        page.locator("#enregistrer-politique").click();
        assertThat(page.locator("#approvals-HIGH-error")).hasText("Indiquez un nombre entier de 1 à 5.");
        assertThat(page.locator("#approvals-HIGH")).hasValue("9");
        journey.screenshot("politique-validation-erreur");
        Accessibility.assertAccessible(page, "/admin/signoff refused");

        page.locator("a[href='/admin/signoff/reasons/inexact']").click();
        assertThat(page).hasURL(Pattern.compile("/admin/signoff/reasons/inexact$"));
        assertThat(page.locator("#labelFr")).hasValue("Inexactitude factuelle ou source manquante");
        Accessibility.assertAccessible(page, "/admin/signoff/reasons/inexact");
    }
}
