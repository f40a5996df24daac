package org.contrepoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The foundation as a person meets it in a real browser: French sign-in, the spaces their roles open, the audit
 * log, the English version, signing out; every page reached passes axe-core (WCAG 2.1 AA, no serious or
 * critical violation).
 */
@QuarkusTest
@RequiresChromium
class FoundationJourneyTest extends OneTabPerTest {

    /** Main menu of an admin, in order, with the heading of the page each entry opens. */
    private static final Map<String, String> ADMIN_MENU = new LinkedHashMap<>();

    static {
        ADMIN_MENU.put("/", "Bonjour Alex Garnier (démo)");
        ADMIN_MENU.put("/library", "Bibliothèque de contre-discours");
        ADMIN_MENU.put("/queue", "File des publications à traiter");
        ADMIN_MENU.put("/dashboard", "Tableau de bord de l’équipe");
        ADMIN_MENU.put("/admin", "Administration");
    }

    @Test
    void adminSignsInVisitsEverySpaceChecksTheAuditChainSwitchesToEnglishAndSignsOut() {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2F$"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Se connecter à Contrepoint");
        journey.screenshot("connexion");
        Accessibility.assertAccessible(page, "sign-in page (fr)");

        signIn("admin", "demo");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).hasText("Bonjour Alex Garnier (démo)");
        assertThat(page.locator("#roles [data-role='admin']")).hasText("Administrateur");
        journey.screenshot("accueil");
        Accessibility.assertAccessible(page, "home page (fr)");

        assertEquals(List.copyOf(ADMIN_MENU.keySet()), menuLinks(), "main menu of an admin");
        ADMIN_MENU.forEach((href, heading) -> {
            Locator entry = menuEntry(href);
            entry.click();
            assertThat(page).hasURL(url(href));
            assertThat(page.locator("h1")).hasText(heading);
            assertThat(menuEntry(href)).hasAttribute("aria-current", "page");
            journey.screenshot("menu" + href.replace('/', '-'));
            Accessibility.assertAccessible(page, href + " (fr)");
        });

        page.locator("#contenu a[href='/admin/audit']").click();
        assertThat(page).hasURL(url("/admin/audit"));
        assertThat(page.locator("h1")).hasText("Journal d’audit");
        Locator adminLogins = page.locator("#journal tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("code", new Page.LocatorOptions()
                        .setHasText(Pattern.compile("^login$")))))
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\badmin\\b")));
        assertThat(adminLogins.first()).isVisible();
        Accessibility.assertAccessible(page, "/admin/audit (fr)");

        page.locator("#verifier").click();
        assertThat(page).hasURL(Pattern.compile("/admin/audit/verify"));
        assertThat(page.locator("#verification.fr-alert--success")).containsText("Chaîne intègre");
        journey.screenshot("audit-verifie");
        Accessibility.assertAccessible(page, "/admin/audit/verify (fr)");

        menuEntry("/").click();
        assertThat(page).hasURL(url("/"));
        Locator languageSwitch = headerTool("fr-icon-translate-2");
        assertThat(languageSwitch).hasText("English");
        languageSwitch.click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Hello Alex Garnier (démo)");
        assertThat(headerTool("fr-icon-translate-2")).hasText("Français");
        journey.screenshot("home-english");
        Accessibility.assertAccessible(page, "home page (en)");

        headerTool("fr-icon-logout-box-r-line").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?loggedOut"));
        assertThat(page.locator("h1")).hasText("Sign in to Contrepoint");
        assertThat(page.locator("#contenu .fr-alert--success")).hasText("You are signed out.");
        assertThat(page.locator("#navigation-principale")).hasCount(0);
        journey.screenshot("signed-out");
        Accessibility.assertAccessible(page, "sign-in page after signing out (en)");

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("/login"));
        assertThat(page.locator("h1")).hasText("Sign in to Contrepoint");
        assertThat(page.locator("#navigation-principale")).hasCount(0);

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2F$"));
        assertThat(page.locator("h1")).hasText("Sign in to Contrepoint");
    }

    @Test
    void contributorSeesOnlyHomeAndLibraryAndIsRefusedTheQueue() {
        page.navigate("/login");
        signIn("contributor", "demo");
        assertThat(page.locator("h1")).hasText("Bonjour Inès Moreau (démo)");
        assertThat(page.locator("#roles [data-role='contributor']")).isVisible();
        assertEquals(List.of("/", "/library"), menuLinks(), "main menu of a contributor");

        Response refused = page.navigate("/queue");
        assertEquals(403, refused.status(), "status of /queue for a contributor");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Accès refusé");
        journey.screenshot("acces-refuse");
        Accessibility.assertAccessible(page, "403 page (fr)");
    }

    @Test
    void wrongPasswordIsRefusedWithAnAccessibleMessage() {
        page.navigate("/login");
        signIn("reviewer2", "pas-le-bon-mot-de-passe");
        assertThat(page.locator("#erreur-connexion")).hasText("Identifiant ou mot de passe incorrect.");
        assertThat(page.locator("#username")).hasValue("reviewer2");
        assertThat(page.locator("#password")).hasValue("");
        assertThat(page.locator("#navigation-principale")).hasCount(0);
        journey.screenshot("erreur-connexion");
        Accessibility.assertAccessible(page, "sign-in page with an error (fr)");
    }

    private void signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#se-connecter").click();
    }

    /** A header button; DSFR's script also copies the header tools into the mobile menu, hence the scope. */
    private Locator headerTool(String iconClass) {
        return page.locator(".fr-header__tools button." + iconClass);
    }

    private Locator menuEntry(String href) {
        return page.locator("#navigation-principale a[href='" + href + "']");
    }

    private List<String> menuLinks() {
        return page.locator("#navigation-principale a").all().stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    private String url(String path) {
        return baseUrl.toString().replaceAll("/$", "") + path;
    }
}
