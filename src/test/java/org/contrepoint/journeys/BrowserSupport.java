package org.contrepoint.journeys;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless system Chromium per test class, a fresh context (cookies, storage) per test. Playwright's own
 * browser download is switched off here as well as in Surefire, so running a journey from an IDE never tries
 * to reach the internet.
 */
public final class BrowserSupport implements AutoCloseable {

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches Chromium, or skips the calling tests (fails them under CI) when it is missing. */
    public static BrowserSupport launch() {
        Chromium.Lookup lookup = Chromium.find();
        if (lookup.executable().isEmpty()) {
            if (Chromium.underCi()) {
                fail("CI=true but the browser journeys cannot run. " + lookup.reason());
            }
            Assumptions.assumeTrue(false, "Browser journey skipped. " + lookup.reason());
        }
        Path executable = lookup.executable().orElseThrow();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A new visitor: French browser (as most of our users), desktop window so that the main menu is shown in
     * the header rather than behind the mobile menu button.
     */
    public Journey newJourney(URL baseUrl, String name) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl.toString())
                .setLocale("fr-FR")
                .setViewportSize(1280, 900));
        return new Journey(context, name);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
