package org.contrepoint.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contrepoint.taxonomy.Platform;
import org.junit.jupiter.api.Test;

/**
 * Every state × every action × every kind of person, on the entity itself: what the table allows happens, the
 * rest is refused and leaves the reply exactly as it was.
 */
class ReplyTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    enum Who {
        AUTHOR(new Signer(1, "Autrice", true, false)),
        AUTHOR_ALSO_REVIEWER(new Signer(1, "Autrice", true, true)),
        OTHER_MANAGER(new Signer(2, "Autre", true, false)),
        REVIEWER(new Signer(3, "Relectrice", false, true)),
        ADMIN_OR_CONTRIBUTOR(new Signer(4, "Sans rôle de validation", false, false));

        final Signer signer;

        Who(Signer signer) {
            this.signer = signer;
        }
    }

    enum Action { EDIT, SUBMIT, APPROVE, REQUEST_CHANGES, REJECT, PUBLISH, WITHDRAW }

    private static boolean allowed(ReplyStatus state, Action action, Who who) {
        boolean author = who == Who.AUTHOR || who == Who.AUTHOR_ALSO_REVIEWER;
        boolean decider = who == Who.REVIEWER;
        return switch (action) {
            case EDIT -> author && EnumSet.of(ReplyStatus.DRAFT, ReplyStatus.CHANGES_REQUESTED, ReplyStatus.SUBMITTED,
                    ReplyStatus.APPROVED).contains(state);
            case SUBMIT -> author && (state == ReplyStatus.DRAFT || state == ReplyStatus.CHANGES_REQUESTED);
            case APPROVE, REQUEST_CHANGES, REJECT -> decider && state == ReplyStatus.SUBMITTED;
            case PUBLISH -> author && state == ReplyStatus.APPROVED;
            case WITHDRAW -> author && !state.finished();
        };
    }

    private static final Map<ReplyStatus, ReplyStatus> EXPECTED_AFTER_EDIT = Map.of(
            ReplyStatus.DRAFT, ReplyStatus.DRAFT, ReplyStatus.CHANGES_REQUESTED, ReplyStatus.CHANGES_REQUESTED,
            ReplyStatus.SUBMITTED, ReplyStatus.DRAFT, ReplyStatus.APPROVED, ReplyStatus.DRAFT);

    @Test
    void everyStateActionAndPersonFollowsTheTable() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ReplyStatus state : ReplyStatus.values()) {
            for (Action action : Action.values()) {
                for (Who who : Who.values()) {
                    Reply reply = inState(state);
                    String before = reply.stateFingerprint();
                    boolean expected = allowed(state, action, who);
                    try {
                        act(reply, action, who.signer);
                        if (!expected) {
                            wrong.add(state + " × " + action + " × " + who + " was allowed");
                        } else if (!landedWhereExpected(state, action, reply)) {
                            wrong.add(state + " × " + action + " × " + who + " ended in " + reply.status);
                        }
                    } catch (ReplyRefusal refused) {
                        if (expected) {
                            wrong.add(state + " × " + action + " × " + who + " was refused: " + refused.reason());
                        } else if (!before.equals(reply.stateFingerprint())) {
                            wrong.add(state + " × " + action + " × " + who + " was refused but changed the reply");
                        }
                    }
                    checked++;
                }
            }
        }
        assertEquals(7 * 7 * 5, checked);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static boolean landedWhereExpected(ReplyStatus from, Action action, Reply reply) {
        ReplyStatus expected = switch (action) {
            case EDIT -> EXPECTED_AFTER_EDIT.get(from);
            case SUBMIT -> ReplyStatus.SUBMITTED;
            case APPROVE -> ReplyStatus.APPROVED; // the table's replies need one approval
            case REQUEST_CHANGES -> ReplyStatus.CHANGES_REQUESTED;
            case REJECT -> ReplyStatus.REJECTED;
            case PUBLISH -> ReplyStatus.PUBLISHED;
            case WITHDRAW -> ReplyStatus.WITHDRAWN;
        };
        return reply.status == expected;
    }

    private static void act(Reply reply, Action action, Signer who) {
        Instant later = T0.plusSeconds(3600);
        switch (action) {
            case EDIT -> reply.edit(who, null, reply.text + " Modifié.", Map.of(), later);
            case SUBMIT -> reply.submit(who, 1, later);
            case APPROVE -> reply.approve(who, later);
            case REQUEST_CHANGES -> reply.requestChanges(who, "ton", "À reprendre", later);
            case REJECT -> reply.reject(who, "inexact", null, later);
            case PUBLISH -> reply.publish(who, "https://exemple.invalid/reponse/1", later, later);
            case WITHDRAW -> reply.withdraw(who, later);
        }
    }

    /** A reply by AUTHOR (person 1) brought to the state through the legal moves. */
    static Reply inState(ReplyStatus state) {
        Reply reply = Reply.draft(10, Platform.X, "fr", Who.AUTHOR.signer, null, null, null,
                "Les faits comptent : voici les sources officielles.", Map.of(), T0);
        reply.id = 99L;
        Signer author = Who.AUTHOR.signer;
        Signer reviewer = Who.REVIEWER.signer;
        switch (state) {
            case DRAFT -> {
            }
            case SUBMITTED -> reply.submit(author, 1, T0);
            case CHANGES_REQUESTED -> {
                reply.submit(author, 1, T0);
                reply.requestChanges(reviewer, "ton", null, T0);
            }
            case APPROVED -> {
                reply.submit(author, 1, T0);
                reply.approve(reviewer, T0);
            }
            case REJECTED -> {
                reply.submit(author, 1, T0);
                reply.reject(reviewer, "inexact", null, T0);
            }
            case PUBLISHED -> {
                reply.submit(author, 1, T0);
                reply.approve(reviewer, T0);
                reply.publish(author, "https://exemple.invalid/r", T0, T0);
            }
            case WITHDRAWN -> reply.withdraw(author, T0);
        }
        assertEquals(state, reply.status);
        return reply;
    }

    @Test
    void theAuthorNeverApprovesTheirOwnReplyEvenAsAReviewer() {
        Reply reply = inState(ReplyStatus.SUBMITTED);
        ReplyRefusal refused = assertThrows(ReplyRefusal.class,
                () -> reply.approve(Who.AUTHOR_ALSO_REVIEWER.signer, T0));
        assertEquals(ReplyRefusal.Reason.OWN_REPLY, refused.reason());
        assertEquals(0, reply.validApprovals().size());
    }

    @Test
    void aReviewerCannotApproveTwiceAndIsToldWhenThePolicyIsMet() {
        Reply reply = inState(ReplyStatus.DRAFT);
        reply.submit(Who.AUTHOR.signer, 2, T0);
        reply.approve(Who.REVIEWER.signer, T0);
        assertEquals(ReplyRefusal.Reason.ALREADY_APPROVED,
                assertThrows(ReplyRefusal.class, () -> reply.approve(Who.REVIEWER.signer, T0)).reason());
        assertEquals(ReplyStatus.SUBMITTED, reply.status);
        reply.approve(new Signer(5, "Second relecteur", false, true), T0);
        assertEquals(ReplyStatus.APPROVED, reply.status);
        assertEquals(ReplyRefusal.Reason.POLICY_MET,
                assertThrows(ReplyRefusal.class, () -> reply.approve(new Signer(6, "Troisième", false, true), T0))
                        .reason());
    }

    @Test
    void anEditAfterApprovalVoidsTheApprovalsAndNeedsANewSubmission() {
        Reply reply = inState(ReplyStatus.APPROVED);
        String approvedFingerprint = reply.fingerprint;
        int voided = reply.edit(Who.AUTHOR.signer, null, "Un autre texte, plus court.", Map.of(), T0);
        assertEquals(1, voided);
        assertEquals(ReplyStatus.DRAFT, reply.status);
        assertEquals(0, reply.validApprovals().size());
        assertTrue(reply.approvals.get(0).voidedAt != null);
        assertEquals(approvedFingerprint, reply.approvals.get(0).textFingerprint);
        assertThrows(ReplyRefusal.class, () -> reply.publish(Who.AUTHOR.signer, "https://exemple.invalid/r", T0, T0));
        reply.submit(Who.AUTHOR.signer, 1, T0);
        assertEquals(2, reply.round);
        reply.approve(Who.REVIEWER.signer, T0);
        assertEquals(ReplyStatus.APPROVED, reply.status);
    }

    @Test
    void savingTheSameTextKeepsTheApprovals() {
        Reply reply = inState(ReplyStatus.APPROVED);
        assertEquals(0, reply.edit(Who.AUTHOR.signer, null, reply.text, Map.of(), T0));
        assertEquals(ReplyStatus.APPROVED, reply.status);
        assertEquals(1, reply.validApprovals().size());
    }

    @Test
    void submissionNeedsEveryVariableFilledAndTheTextToFit() {
        Reply unfilled = Reply.draft(10, Platform.X, "fr", Who.AUTHOR.signer, "modele", 1L, "Bonjour {{auteur}}",
                "Bonjour {{auteur}}", Map.of("auteur", ""), T0);
        assertEquals(ReplyRefusal.Reason.UNFILLED_VARIABLES,
                assertThrows(ReplyRefusal.class, () -> unfilled.submit(Who.AUTHOR.signer, 1, T0)).reason());
        Reply unknown = Reply.draft(10, Platform.X, "fr", Who.AUTHOR.signer, null, null, null,
                "Bonjour {{inconnue}}", Map.of(), T0);
        assertEquals(ReplyRefusal.Reason.UNFILLED_VARIABLES,
                assertThrows(ReplyRefusal.class, () -> unknown.submit(Who.AUTHOR.signer, 1, T0)).reason());
        // 12 links of 23 characters each plus spaces: over 280 on X although each URL is short.
        String links = "https://a.fr ".repeat(12);
        Reply tooLong = Reply.draft(10, Platform.X, "fr", Who.AUTHOR.signer, null, null, null, links, Map.of(), T0);
        assertEquals(ReplyRefusal.Reason.TOO_LONG,
                assertThrows(ReplyRefusal.class, () -> tooLong.submit(Who.AUTHOR.signer, 1, T0)).reason());
        Reply filled = Reply.draft(10, Platform.X, "fr", Who.AUTHOR.signer, "modele", 1L, "Bonjour @compte",
                "Bonjour {{auteur}}", Map.of("auteur", "@compte"), T0);
        filled.submit(Who.AUTHOR.signer, 1, T0);
        assertEquals("Bonjour @compte", filled.finalText());
        assertEquals(0, filled.departure);
        assertEquals(Set.of(ReplyStatus.SUBMITTED), Set.of(filled.status));
    }
}
