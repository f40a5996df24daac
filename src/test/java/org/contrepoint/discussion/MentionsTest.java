package org.contrepoint.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.discussion.Mentions.Candidate;
import org.contrepoint.discussion.Mentions.Result;
import org.contrepoint.discussion.Mentions.Segment;
import org.junit.jupiter.api.Test;

/** The mention parser alone: who is found, what is highlighted, what is left as text. */
class MentionsTest {

    static final Candidate CAMILLE = new Candidate(1, "Camille Martin (démo)", "manager");
    static final Candidate INES = new Candidate(2, "Inès Moreau", "contributor");
    static final Candidate HUGO = new Candidate(3, "Hugo Lefèvre", "reviewer2");
    static final Candidate HUGO_L = new Candidate(4, "Hugo", "hugo");
    static final List<Candidate> PEOPLE = List.of(CAMILLE, INES, HUGO, HUGO_L);

    static Result parse(String body) {
        return Mentions.parse(body, PEOPLE);
    }

    static String highlighted(Result result) {
        return result.segments().stream().filter(Segment::mention).map(Segment::text)
                .collect(Collectors.joining("|"));
    }

    static String whole(Result result) {
        return result.segments().stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void bracketedDisplayNameWithAccentsAndParenthesesIsAMention() {
        Result r = parse("Merci @[Camille Martin (démo)] pour la source.");
        assertEquals(Set.of(1L), r.mentioned());
        assertEquals("@Camille Martin (démo)", highlighted(r));
        assertEquals(List.of(new Segment("Merci ", false), new Segment("@Camille Martin (démo)", true),
                new Segment(" pour la source.", false)), r.segments());
    }

    @Test
    void namesCompareWithoutCaseAccentsOrExtraSpaces() {
        assertEquals(Set.of(2L), parse("@[ines   MOREAU]").mentioned());
        assertEquals(Set.of(3L), parse("@[Hugo Lefevre] ?").mentioned());
    }

    @Test
    void severalMentionsInOneComment() {
        Result r = parse("@[Inès Moreau] et @[Hugo Lefèvre], voyez avec @manager.");
        assertEquals(Set.of(1L, 2L, 3L), r.mentioned());
        assertEquals("@Inès Moreau|@Hugo Lefèvre|@manager", highlighted(r));
    }

    @Test
    void writtenOutNameAtTheEndOfASentenceFollowedByPunctuation() {
        Result r = parse("Question pour @Inès Moreau. Et pour @Hugo Lefèvre !");
        assertEquals(Set.of(2L, 3L), r.mentioned());
        assertEquals("@Inès Moreau|@Hugo Lefèvre", highlighted(r));
        assertEquals(Set.of(2L), parse("Vu par @Inès Moreau, merci").mentioned());
        assertEquals(Set.of(2L), parse("Vu par @Inès Moreau").mentioned());
    }

    @Test
    void theLongestWrittenNameWins() {
        assertEquals(Set.of(3L), parse("@Hugo Lefèvre, tu confirmes ?").mentioned());
        assertEquals(Set.of(4L), parse("@Hugo, tu confirmes ?").mentioned());
    }

    @Test
    void aNameMustEndAWord() {
        assertTrue(parse("@Hugolin a écrit").mentioned().isEmpty());
        assertTrue(parse("@hugo.dupont a écrit").mentioned().isEmpty());
    }

    @Test
    void usernameWithTrailingPunctuation() {
        assertEquals(Set.of(3L), parse("Relu par @reviewer2.").mentioned());
        assertEquals("@reviewer2", highlighted(parse("(@reviewer2)")));
    }

    @Test
    void atSignInAnEmailAddressIsNotAMention() {
        Result r = parse("Écrivez à camille.martin@manager.fr ou hugo@hugo.fr");
        assertTrue(r.mentioned().isEmpty());
        assertTrue(r.unreachable().isEmpty());
        assertEquals("Écrivez à camille.martin@manager.fr ou hugo@hugo.fr", whole(r));
    }

    @Test
    void unknownBracketedNameIsReportedAndLeftAsPlainText() {
        Result r = parse("Voir avec @[Jean Inconnu] et @[Jean Inconnu].");
        assertTrue(r.mentioned().isEmpty());
        assertEquals(List.of("Jean Inconnu"), r.unreachable());
        assertEquals("Voir avec @[Jean Inconnu] et @[Jean Inconnu].", whole(r));
        assertTrue(r.segments().stream().noneMatch(Segment::mention));
    }

    @Test
    void unknownBareHandleIsJustText() {
        Result r = parse("Le compte @califat_news a repris le texte.");
        assertTrue(r.mentioned().isEmpty());
        assertTrue(r.unreachable().isEmpty());
        assertEquals("Le compte @califat_news a repris le texte.", whole(r));
    }

    @Test
    void textIsKeptWhole() {
        String body = "a @ b @@[Hugo] @[ unclosed\n@[] fin <script>alert(1)</script>";
        Result r = parse(body);
        assertEquals(body.replace("@[Hugo]", "@Hugo"), whole(r));
        assertEquals(Set.of(4L), r.mentioned());
    }

    @Test
    void segmentsBecomeParagraphsAndLinesWithSpacesBetweenMentionsKept() {
        List<DiscussionView.Paragraph> paragraphs = DiscussionView.paragraphs(
                parse("@[Hugo] @[Inès Moreau]\nligne deux\n\n  \nsecond paragraphe").segments());
        assertEquals(2, paragraphs.size());
        assertEquals(2, paragraphs.get(0).lines().size());
        assertEquals(List.of(new Segment("@Hugo", true), new Segment(" ", false), new Segment("@Inès Moreau", true)),
                paragraphs.get(0).lines().get(0).segments());
        assertEquals("second paragraphe", paragraphs.get(1).lines().get(0).segments().get(0).text());
    }

    @Test
    void normalisedTextCountsLineBreaksOnceAndComposesAccents() {
        assertEquals("a\nb", Discussions.normalise(" a\r\nb \n"));
        assertEquals("é", Discussions.normalise("e\u0301"));
    }
}
