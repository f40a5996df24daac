package org.contrepoint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every version state × every action: the legal moves land where they should, the others throw. */
class TemplateVersionTest {

    private static final long AUTHOR = 1L;
    private static final long REVIEWER = 2L;
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    static TemplateContent content(String body) {
        return new TemplateContent("Titre", body, "fr", List.of("victimhood"), "facts", "state", "factual", null,
                Map.of(), List.of(), LocalDate.of(2027, 6, 30), "Auteur", "Note");
    }

    static TemplateVersion in(VersionStatus status) {
        TemplateVersion v = TemplateVersion.draft("modele", 1, content("Texte"), AUTHOR, NOW);
        v.status = status;
        return v;
    }

    private static final Map<String, Consumer<TemplateVersion>> ACTIONS = Map.of(
            "submit", v -> v.submit(NOW),
            "publish", v -> v.publish(REVIEWER, "Relecteur", NOW),
            "requestChanges", v -> v.requestChanges(REVIEWER, "Relecteur", "Sourcez", NOW),
            "reject", v -> v.reject(REVIEWER, "Relecteur", "Hors charte", NOW),
            "publishAsImported", v -> v.publishAsImported(null, "system", NOW),
            "revise", v -> v.revise(content("Nouveau")));

    /** Where each legal action leads, by starting state. */
    private static final Map<VersionStatus, Map<String, VersionStatus>> LEGAL = Map.of(
            VersionStatus.DRAFT, Map.of("submit", VersionStatus.SUBMITTED, "publishAsImported",
                    VersionStatus.PUBLISHED, "revise", VersionStatus.DRAFT),
            VersionStatus.SUBMITTED, Map.of("publish", VersionStatus.PUBLISHED, "requestChanges",
                    VersionStatus.CHANGES_REQUESTED, "reject", VersionStatus.REJECTED),
            VersionStatus.CHANGES_REQUESTED, Map.of("submit", VersionStatus.SUBMITTED, "revise",
                    VersionStatus.CHANGES_REQUESTED),
            VersionStatus.PUBLISHED, Map.of(),
            VersionStatus.REJECTED, Map.of());

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void everyActionFromEveryStateIsEitherLegalOrRefused(VersionStatus from) {
        ACTIONS.forEach((name, action) -> {
            TemplateVersion v = in(from);
            VersionStatus expected = LEGAL.get(from).get(name);
            if (expected == null) {
                assertThrows(IllegalTransitionException.class, () -> action.accept(v), from + " × " + name);
                assertEquals(from, v.status, "a refused move changes nothing");
            } else {
                action.accept(v);
                assertEquals(expected, v.status, from + " × " + name);
            }
        });
    }

    @Test
    void reviewerCannotPublishTheirOwnSubmission() {
        TemplateVersion v = in(VersionStatus.SUBMITTED);
        assertThrows(IllegalTransitionException.class, () -> v.publish(AUTHOR, "Auteur", NOW));
        assertEquals(VersionStatus.SUBMITTED, v.status);
    }

    @Test
    void requestingChangesOrRejectingNeedsAReason() {
        assertThrows(IllegalTransitionException.class,
                () -> in(VersionStatus.SUBMITTED).requestChanges(REVIEWER, "R", " ", NOW));
        assertThrows(IllegalTransitionException.class, () -> in(VersionStatus.SUBMITTED).reject(REVIEWER, "R", null, NOW));
    }

    @Test
    void revisingChangesTheFingerprintAndPublishedContentNeverChanges() {
        TemplateVersion v = in(VersionStatus.DRAFT);
        String before = v.fingerprint;
        v.revise(content("Autre texte"));
        assertEquals(false, before.equals(v.fingerprint));
        v.publishAsImported(null, "system", NOW);
        assertThrows(IllegalTransitionException.class, () -> v.revise(content("Encore")));
    }

    @Test
    void retiringTwiceIsRefused() {
        Template t = Template.create("modele", NOW);
        t.retire(NOW);
        assertThrows(IllegalTransitionException.class, () -> t.retire(NOW));
    }

    @Test
    void expiryFollowsTheReviewDate() {
        TemplateVersion v = in(VersionStatus.PUBLISHED);
        assertEquals(false, v.isExpired(LocalDate.of(2027, 6, 29)));
        assertEquals(true, v.isExpired(LocalDate.of(2027, 6, 30)));
    }
}
