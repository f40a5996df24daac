package org.contrepoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The home page of each role and the team dashboard in a real browser: every page passes axe-core, in French and
 * in English, with the charts, their tables and a filter error shown.
 */
@QuarkusTest
@RequiresChromium
class DashboardJourneyTest extends OneTabPerTest {

    @Test
    void everyRoleHomeIsAccessible() {
        for (String username : new String[] { "manager", "reviewer", "contributor", "admin" }) {
            page.context().clearCookies();
            page.navigate("/login");
            signIn(username);
            assertThat(page).hasURL(Pattern.compile("/$"));
            Accessibility.assertAccessible(page, "home page of " + username + " (fr)");
        }
    }

    @Test
    void managerReadsTheDashboardChartsTablesAndFilters() {
        page.navigate("/login");
        signIn("manager");
        page.navigate("/dashboard");
        assertThat(page.locator("h1")).containsText("Tableau de bord");
        assertThat(page.locator("#tableau-status caption")).containsText("par statut");
        journey.screenshot("tableau-de-bord");
        Accessibility.assertAccessible(page, "/dashboard (fr)");

        page.locator("#period").selectOption("custom");
        page.locator("#from").fill("2026-03-10");
        page.locator("#to").fill("2026-03-01");
        page.locator("#filtres-tableau button[type=submit]").click();
        assertThat(page.locator("#to-erreur")).isVisible();
        Accessibility.assertAccessible(page, "/dashboard with a filter error (fr)");

        page.navigate("/dashboard?period=90&platform=x");
        Accessibility.assertAccessible(page, "/dashboard, 90 days, X only (fr)");
    }

    private void signIn(String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#se-connecter").click();
    }
}
