package org.contrepoint.reply.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contrepoint.reply.suggestion.Suggestions.PostFeatures;
import org.contrepoint.reply.suggestion.Suggestions.Suggestion;
import org.contrepoint.taxonomy.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Suggestions on the French demo library (counter-speech-library/, imported at start): a fictional post paraphrasing
 * what a template answers gets that template first. Then, on templates made for the test with invented words so
 * that nothing else competes: exclusions, language, platform and effectiveness.
 */
@QuarkusTest
class SuggestionsTest {

    private static final LocalDate LATER = LocalDate.now().plusYears(1);

    @Inject
    Suggestions suggestions;

    @Inject
    TestTemplates templates;

    @Inject
    SuggestionIndex index;

    /** Usage counters left by other test classes (published replies, dashboard fixtures), set aside meanwhile. */
    private List<int[]> savedCounts = List.of();
    private List<String> savedIds = List.of();

    /**
     * The rankings below are about the texts, narratives, language and fit: effectiveness must start neutral, or a
     * reply published by another test class would decide them.
     */
    @org.junit.jupiter.api.BeforeEach
    void neutralUsage() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            List<org.contrepoint.reply.TemplateUsage> all = org.contrepoint.reply.TemplateUsage.listAll();
            savedIds = all.stream().map(u -> u.templateId).toList();
            savedCounts = all.stream().map(u -> new int[] { u.uses, u.assessed, u.positive, u.negative }).toList();
            org.contrepoint.reply.TemplateUsage.deleteAll();
        });
        index.poll();
    }

    @AfterEach
    void cleanUp() {
        templates.removeAll();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            org.contrepoint.reply.TemplateUsage.deleteAll();
            for (int i = 0; i < savedIds.size(); i++) {
                org.contrepoint.reply.TemplateUsage u = new org.contrepoint.reply.TemplateUsage();
                u.templateId = savedIds.get(i);
                int[] c = savedCounts.get(i);
                u.uses = c[0];
                u.assessed = c[1];
                u.positive = c[2];
                u.negative = c[3];
                u.persist();
            }
        });
        index.poll();
    }

    private List<Suggestion> suggest(String text, String language, Platform platform, String... narratives) {
        return suggestions.suggest(new PostFeatures(text, language, platform, List.of(narratives)), 5, "fr");
    }

    private static List<String> ids(List<Suggestion> list) {
        return list.stream().map(Suggestion::templateId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            victimisation-daech-premieres-victimes-musulmans | victimhood | Eux seuls défendent les musulmans persécutés en Irak et en Syrie, tous les autres les abandonnent. Rejoins les défenseurs de la communauté.
            hijra-pas-une-obligation-lettre-ouverte | religious-obligation | Frère, l'émigration est une obligation pour tout musulman : rester ici est un péché, fais ta hijra.
            succes-militaires-ce-que-le-montage-cache | military-success | Regarde nos dernières vidéos : les explosions, les combattants qui avancent, des victoires partout. Le groupe gagne.
            complot-tout-rejeter-sauf-le-smartphone | conspiracy-west | L'Occident est corrompu et décadent, c'est l'ennemi juré : rejette tout ce qui vient de lui.
            romance-amour-ou-emprise | brotherhood-romance | Ma sœur, je pense à toi chaque jour, je veux le mariage et une vie pure loin d'ici. N'en parle pas à tes parents, c'est notre secret.
            martyre-quand-on-va-mal | martyrdom | Tu te sens inutile, épuisé, coupable ? Mourir pour la cause te rendra enfin utile, tout sera plus simple.
            """)
    void aParaphrasedPostGetsTheTemplateThatAnswersItFirst(String expected, String narrative, String text) {
        List<Suggestion> list = suggest("[Exemple fictif] " + text, "fr", Platform.FACEBOOK, narrative);
        assertFalse(list.isEmpty());
        assertEquals(expected, list.get(0).templateId(), "ranking: " + list);
    }

    @Test
    void reasonsExplainTheScore() {
        List<Suggestion> list = suggest("[Exemple fictif] L'Occident est corrompu et décadent, rejette tout ce qui "
                + "vient de lui.", "fr", Platform.X, "conspiracy-west");
        Suggestion top = list.get(0);
        List<String> codes = top.reasons().stream().map(Suggestions.Reason::code).toList();
        assertTrue(codes.containsAll(List.of("narrative", "text", "language")), codes.toString());
        assertTrue(top.reasons().stream().anyMatch(r -> r.text().startsWith("Récit commun : ")), top.toString());
        assertTrue(top.reasons().stream().anyMatch(r -> r.text().startsWith("Texte proche (mots communs : ")
                && r.text().contains("décadent")), top.toString());
        assertTrue(top.reasons().stream().anyMatch(r -> r.text().equals("Même langue (fr)")), top.toString());
        double sum = top.reasons().stream().mapToDouble(Suggestions.Reason::points).sum();
        assertEquals(top.score(), sum, 0.3, "the score is the sum of the reasons' points");
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.get(i - 1).score() >= list.get(i).score(), "best first: " + list);
        }
        List<Suggestion> english = suggestions.suggest(new PostFeatures("L'Occident est décadent", "fr", Platform.X,
                List.of("conspiracy-west")), 1, "en");
        assertTrue(english.get(0).reasons().stream().anyMatch(r -> r.text().equals("Same language (fr)")));
    }

    @Test
    void retiredAndExpiredTemplatesAreNeverSuggested() {
        String text = "Le zorglub quadrifolié brindezingue explique la cosmogonie farfelue du zorglub.";
        String live = templates.create("Zorglub vivant", text, "fr", List.of("belonging"), Map.of(), LATER);
        String retired = templates.create("Zorglub retiré", text, "fr", List.of("belonging"), Map.of(), LATER);
        String expired = templates.create("Zorglub expiré", text, "fr", List.of("belonging"), Map.of(),
                LocalDate.now().minusDays(1));
        String expiresToday = templates.create("Zorglub échéance", text, "fr", List.of("belonging"), Map.of(),
                LocalDate.now());
        templates.retire(retired);
        List<String> found = ids(suggestions.suggest(new PostFeatures("Le zorglub brindezingue et sa cosmogonie",
                "fr", Platform.FORUM, List.of("belonging")), 50, "fr"));
        assertEquals(live, found.get(0));
        assertFalse(found.contains(retired), found.toString());
        assertFalse(found.contains(expired), found.toString());
        assertFalse(found.contains(expiresToday), "expired on its review date: " + found);
    }

    @Test
    void theSameLanguageComesFirst() {
        String fr = templates.create("Quokka cosmique", "Le quokka cosmique sourit toujours, même sous la pluie.",
                "fr", List.of("heroism-adventure"), Map.of(), LATER);
        String en = templates.create("Cosmic quokka", "The cosmic quokka always smiles, even in the rain.", "en",
                List.of("heroism-adventure"), Map.of(), LATER);
        List<Suggestion> forFrench = suggestions.suggest(new PostFeatures("Le quokka cosmique sourit", "fr",
                Platform.FORUM, List.of("heroism-adventure")), 50, "fr");
        assertTrue(ids(forFrench).indexOf(fr) < ids(forFrench).indexOf(en), ids(forFrench).toString());
        List<Suggestion> forEnglish = suggestions.suggest(new PostFeatures("The cosmic quokka smiles", "en",
                Platform.FORUM, List.of("heroism-adventure")), 50, "fr");
        assertEquals(en, forEnglish.get(0).templateId());
        assertTrue(ids(forEnglish).indexOf(en) < ids(forEnglish).indexOf(fr));
        Suggestion other = forEnglish.stream().filter(s -> s.templateId().equals(fr)).findFirst().orElseThrow();
        assertTrue(other.reasons().stream().anyMatch(r -> r.code().equals("other-language")
                && r.text().equals("Autre langue (fr)")));
    }

    @Test
    void aTemplateThatFitsThePlatformBeatsOneTooLong() {
        String words = "Le wombat philosophe médite sur la tartine beurrée et la gravité universelle. ";
        String tooLong = templates.create("Wombat bavard", words.repeat(6), "fr", List.of("belonging"), Map.of(),
                LATER);
        String withVariant = templates.create("Wombat concis", words.repeat(6), "fr", List.of("belonging"),
                Map.of("x", words), LATER);
        List<Suggestion> onX = suggestions.suggest(new PostFeatures("Le wombat philosophe et la tartine beurrée", "fr",
                Platform.X, List.of("belonging")), 50, "fr");
        assertTrue(ids(onX).indexOf(withVariant) < ids(onX).indexOf(tooLong), ids(onX).toString());
        Suggestion longOne = onX.stream().filter(s -> s.templateId().equals(tooLong)).findFirst().orElseThrow();
        assertTrue(longOne.reasons().stream().anyMatch(r -> r.code().equals("too-long")
                && r.text().startsWith("Trop long pour X (Twitter) : ")), longOne.toString());
        Suggestion fits = onX.stream().filter(s -> s.templateId().equals(withVariant)).findFirst().orElseThrow();
        assertTrue(fits.reasons().stream().anyMatch(r -> r.code().equals("variant-fits")), fits.toString());
        // On Facebook both fit: the ranking no longer depends on the platform.
        List<Suggestion> onFacebook = suggestions.suggest(new PostFeatures("Le wombat philosophe", "fr",
                Platform.FACEBOOK, List.of("belonging")), 50, "fr");
        assertTrue(onFacebook.stream().filter(s -> s.templateId().equals(tooLong)).findFirst().orElseThrow()
                .reasons().stream().anyMatch(r -> r.code().equals("fits")
                        && r.text().startsWith("Tient dans la limite de Facebook")));
    }

    @Test
    void effectivenessBreaksTies() {
        String body = "Le pangolin mélomane joue du théorbe au crépuscule pour les lucioles.";
        String plain = templates.create("Pangolin mélomane", body, "fr", List.of("martyrdom"), Map.of(), LATER);
        String proven = templates.create("Pangolin mélomane", body, "fr", List.of("martyrdom"), Map.of(), LATER);
        String failed = templates.create("Pangolin mélomane", body, "fr", List.of("martyrdom"), Map.of(), LATER);
        templates.usage(proven, 9, 8, 7, 0);
        templates.usage(failed, 6, 6, 0, 5);
        // Usage is checked by the index's two-second poll: run it now rather than wait.
        index.poll();
        List<Suggestion> list = suggestions.suggest(new PostFeatures("Un pangolin mélomane et son théorbe", "fr",
                Platform.FACEBOOK, List.of("martyrdom")), 3, "fr");
        assertEquals(List.of(proven, plain, failed), ids(list));
        assertTrue(list.get(0).reasons().stream().anyMatch(r -> r.text().equals("Efficacité 79/100 sur 9 utilisations")),
                list.get(0).toString());
        assertTrue(list.get(1).reasons().stream().anyMatch(r -> r.code().equals("no-history")));
    }

    @Test
    void aTemplateSharingNothingIsNoSuggestion() {
        assertTrue(suggest("Xylophage", "fr", Platform.X).isEmpty());
        assertTrue(suggestions.suggest(new PostFeatures("anything", "de", Platform.X, List.of()), 5, "fr").isEmpty());
    }
}
