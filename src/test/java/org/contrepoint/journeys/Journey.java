package org.contrepoint.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One visitor's browser tab for one test: screenshots numbered in the order they were taken, and the browser's
 * console errors (a blocked script or style shows up there first), logged when the journey ends.
 */
public final class Journey implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Logger LOG = Logger.getLogger(Journey.class);

    private final BrowserContext context;
    private final Page page;
    private final String name;
    private final List<String> consoleErrors = new ArrayList<>();
    private int shots;

    Journey(BrowserContext context, String name) {
        this.context = context;
        this.name = name;
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            // A 401 or 403 page is an answer we expect, not a broken resource.
            boolean documentStatus = message.text().startsWith("Failed to load resource")
                    && message.location().startsWith(page.url());
            if ("error".equals(message.type()) && !documentStatus) {
                consoleErrors.add(page.url() + " → " + message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(page.url() + " → uncaught: " + error));
    }

    public Page page() {
        return page;
    }

    /** Full-page screenshot into target/screenshots/, for people reading the build (not asserted). */
    public void screenshot(String step) {
        shots++;
        Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, shots, step));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    @Override
    public void close() {
        if (!consoleErrors.isEmpty()) {
            LOG.warnf("Browser console errors during %s:%n  %s", name, String.join("\n  ", consoleErrors));
        }
        context.close();
    }
}
