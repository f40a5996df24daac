package org.contrepoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.reply.PublicationForm;
import org.contrepoint.support.ReplySamples;
import org.junit.jupiter.api.Test;

/**
 * The whole sign-off in a real browser, with three people in their own windows: the manager composes from the top
 * suggestion, a reviewer requests changes, the manager revises, two reviewers approve, the manager records the
 * publication; the admin finds the whole chain in the audit log and verifies it. Every page passes axe-core.
 */
@QuarkusTest
@RequiresChromium
class SignoffJourneyTest extends OneTabPerTest {

    @Inject
    ReplySamples samples;

    @Test
    void fromTheTopSuggestionToAPublishedReplyWithTheChainInTheAuditLog() {
        // Critical risk: two distinct approvals whatever the departure. Facebook: room for the revision.
        long post = samples.answerablePost("manager", RiskLevel.CRITICAL, "facebook");

        signIn(page, "/queue/posts/" + post, "manager");
        Locator compose = page.locator("a[href*='/replies/new?template=']").first();
        assertThat(compose).isVisible();
        Accessibility.assertAccessible(page, "post with suggestions");
        compose.click();
        assertThat(page).hasURL(Pattern.compile("/queue/posts/" + post + "/replies/new\\?template="));
        for (Locator variable : page.locator("input[data-variable]").all()) {
            variable.fill("https://www.stop-djihadisme.gouv.fr");
        }
        assertThat(page.locator("#length")).containsText("Il reste");
        journey.screenshot("redaction");
        Accessibility.assertAccessible(page, "composer");
        page.locator("form[data-composer] button[type=submit]").click();
        assertThat(page.locator(".fr-alert--success")).containsText("Brouillon créé");
        String replyUrl = page.url().replaceAll("\\?.*", "");
        String replyPath = replyUrl.substring(replyUrl.indexOf("/replies/"));
        page.locator("button[value=submit]").click();
        assertThat(page.locator(".fr-alert--success")).containsText("soumise à validation");
        Accessibility.assertAccessible(page, "reply submitted (author)");

        try (Journey reviewerWindow = browser.newJourney(baseUrl, "signoff-relecteur");
                Journey reviewer2Window = browser.newJourney(baseUrl, "signoff-relecteur-2");
                Journey adminWindow = browser.newJourney(baseUrl, "signoff-admin")) {
            Page reviewer = reviewerWindow.page();
            signIn(reviewer, "/approvals", "reviewer");
            Accessibility.assertAccessible(reviewer, "approvals inbox");
            reviewer.locator("a[href='" + replyPath + "']").first().click();
            Accessibility.assertAccessible(reviewer, "reply to review");
            reviewer.locator("label[for=decision-changes]").click();
            reviewer.locator("#reason").selectOption("inexact");
            reviewer.locator("#comment").fill("Ajoutez la source officielle du numéro vert.");
            reviewer.locator("form[action$='/decision'] button[type=submit]").click();
            assertThat(reviewer.locator(".fr-alert--success")).containsText("Modifications demandées");

            page.navigate(replyPath);
            assertThat(page.locator("#contenu")).containsText("Ajoutez la source officielle du numéro vert.");
            Locator text = page.locator("#text");
            text.fill(text.inputValue() + " Source : CIPDR.");
            page.locator("button[value=submit]").click();
            assertThat(page.locator(".fr-alert--error")).hasCount(0);
            assertThat(page.locator(".fr-alert--success")).containsText("soumise à validation");

            reviewer.navigate(replyPath);
            reviewer.locator("form[action$='/approve'] button").click();
            assertThat(reviewer.locator(".fr-alert--success")).containsText("Approbation enregistrée");
            assertThat(reviewer.locator("#contenu")).containsText("1 approbation(s) sur 2");

            Page reviewer2 = reviewer2Window.page();
            signIn(reviewer2, replyPath, "reviewer2");
            reviewer2.locator("form[action$='/approve'] button").click();
            assertThat(reviewer2.locator(".fr-alert--success")).containsText("Approbation enregistrée");
            assertThat(reviewer2.locator("#contenu")).containsText("Approuvée");

            page.navigate(replyPath);
            page.locator("#url").fill("https://x.example/status/contrepoint-journey");
            page.locator("#publishedAt").fill(LocalDateTime.now(PublicationForm.PARIS).truncatedTo(ChronoUnit.MINUTES)
                    .toString());
            journey.screenshot("publication");
            Accessibility.assertAccessible(page, "reply approved (author)");
            page.locator("form[action$='/publish'] button").click();
            assertThat(page.locator(".fr-alert--success")).containsText("Publication enregistrée");
            Accessibility.assertAccessible(page, "reply published");

            Page admin = adminWindow.page();
            String replyId = replyPath.substring("/replies/".length());
            signIn(admin, "/admin/audit?objectType=reply&objectId=" + replyId, "admin");
            String log = admin.locator("#journal").innerText();
            for (String action : List.of("reply.create", "reply.submit", "reply.request-changes", "reply.edit",
                    "reply.approve", "reply.publish")) {
                assertTrue(log.contains(action), action + " missing from the audit log:\n" + log);
            }
            Accessibility.assertAccessible(admin, "audit log of the reply");
            admin.locator("#verifier").click();
            assertThat(admin.locator("#verification")).hasClass(Pattern.compile("fr-alert--success"));
            adminWindow.screenshot("audit-verifie");
        }
    }

    private static void signIn(Page page, String path, String username) {
        page.navigate(path);
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#se-connecter").click();
        assertThat(page).hasURL(Pattern.compile(path.replaceAll("\\?.*", "")));
    }
}
