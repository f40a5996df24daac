package org.contrepoint.journeys;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The accessibility check itself: it must fail on what a screen-reader user cannot get past, and say where. */
@RequiresChromium
class AccessibilityTest {

    private static BrowserSupport browser;

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
    void failsOnSeriousViolationsAndNamesTheRuleAndTheElement() throws Exception {
        try (Journey journey = browser.newJourney(URI.create("http://localhost/").toURL(), "axe-self-check")) {
            Page page = journey.page();
            page.setContent("<!doctype html><html lang=\"fr\"><head><title>Test</title></head><body><main>"
                    + "<h1>Test</h1><button id=\"sans-nom\"></button></main></body></html>");
            AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                    () -> Accessibility.assertAccessible(page, "self-check (a page broken on purpose)"));
            assertTrue(failure.getMessage().contains("button-name"), failure::getMessage);
            assertTrue(failure.getMessage().contains("#sans-nom"), failure::getMessage);
        }
    }

    @Test
    void passesAPlainAccessiblePage() throws Exception {
        try (Journey journey = browser.newJourney(URI.create("http://localhost/").toURL(), "axe-self-check")) {
            Page page = journey.page();
            page.setContent("<!doctype html><html lang=\"fr\"><head><title>Test</title></head><body><main>"
                    + "<h1>Test</h1><button>Envoyer</button></main></body></html>");
            assertDoesNotThrow(() -> Accessibility.assertAccessible(page, "self-check"));
        }
    }
}
