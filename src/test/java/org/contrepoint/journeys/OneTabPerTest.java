package org.contrepoint.journeys;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What journeys with one person per test share: one browser for the class, a fresh tab (own cookies) for each
 * test, named after the test so its screenshots can be told apart.
 */
abstract class OneTabPerTest {

    protected static BrowserSupport browser;

    @TestHTTPResource("/")
    protected URL baseUrl;

    protected Journey journey;
    protected Page page;

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

    @BeforeEach
    void openTab(TestInfo test) {
        journey = browser.newJourney(baseUrl, test.getTestMethod().orElseThrow().getName());
        page = journey.page();
    }

    @AfterEach
    void closeTab() {
        if (journey != null) {
            journey.close();
        }
    }
}
