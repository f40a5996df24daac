package org.contrepoint.journeys;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.contrepoint.support.HtmlChecker;
import org.jboss.logging.Logger;

/**
 * Checks a page as it stands in the browser: axe-core against WCAG 2.0 and 2.1 levels A and AA (any violation, of
 * any impact, fails), and the Nu HTML Checker on the document (any error fails). What axe leaves for a person to
 * review is written to target/accessibility/axe-findings.txt.
 */
public final class Accessibility {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path FINDINGS = Path.of("target", "accessibility", "axe-findings.txt");

    /** A system property, not a static field: Quarkus tests may load this class in a class loader of their own. */
    private static final String FINDINGS_STARTED = "contrepoint.journeys.axe-findings-started";
    private static final Logger LOG = Logger.getLogger(Accessibility.class);

    private Accessibility() {
    }

    /** Fails, listing each one, if axe finds a violation or the HTML checker an error on {@code page}. */
    public static void assertAccessible(Page page, String where) {
        long start = System.nanoTime();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertNull(results.getErrorMessage(), () -> "axe-core could not analyse " + where);
        List<Rule> violations = results.getViolations();
        LOG.infof("axe on %s: %d rules passed, %d violated, %d to review by hand %s (%d ms)", where,
                results.getPasses().size(), violations.size(), results.getIncomplete().size(),
                results.getIncomplete().stream().map(Rule::getId).toList(), (System.nanoTime() - start) / 1_000_000);
        if (!violations.isEmpty()) {
            String report = describe(where, page.url(), violations);
            LOG.warn(report);
            record(report);
        }
        if (!results.getIncomplete().isEmpty()) {
            // axe could not decide these (e.g. contrast over an image): a person has to look.
            record("To review by hand, " + describe(where, page.url(), results.getIncomplete()));
        }
        if (!violations.isEmpty()) {
            fail("Accessibility violations (axe-core, WCAG 2.1 AA):\n" + describe(where, page.url(), violations));
        }
        // The document as the browser holds it (after scripts): what people's assistive technologies read.
        String document = page.content();
        List<String> htmlErrors = HtmlChecker.errors(
                document.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? document : "<!DOCTYPE html>\n" + document);
        if (!htmlErrors.isEmpty()) {
            fail("HTML errors (Nu HTML Checker) on " + where + " (" + page.url() + "):\n"
                    + String.join("\n", htmlErrors));
        }
    }

    static String describe(String where, String url, List<Rule> rules) {
        return rules.stream().map(Accessibility::describe)
                .collect(Collectors.joining("\n", "axe on " + where + " (" + url + "):\n", ""));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
        return String.format("- [%s] %s: %s (%s)%n%s", rule.getImpact(), rule.getId(), rule.getHelp(),
                rule.getHelpUrl(), nodes);
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " / ");
        return String.format("    at %s: %s%n      %s", node.getTarget(), node.getHtml(), summary);
    }

    private static synchronized void record(String report) {
        try {
            Files.createDirectories(FINDINGS.getParent());
            if (System.getProperty(FINDINGS_STARTED) == null) {
                Files.deleteIfExists(FINDINGS);
                System.setProperty(FINDINGS_STARTED, "true");
            }
            Files.writeString(FINDINGS, report + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
