package org.contrepoint.reply;

/**
 * A move on a reply that its state or the sign-off rules refuse. The reason is a key the pages and the API turn
 * into a message in the reader's language; nothing has been written when it is thrown.
 */
public class ReplyRefusal extends RuntimeException {

    public enum Reason {
        /** Only the author may edit, submit, withdraw or publish. */
        NOT_AUTHOR,
        /** The author never approves or decides on their own reply. */
        OWN_REPLY,
        /** This reviewer already approved this text. */
        ALREADY_APPROVED,
        /** Enough reviewers approved: the policy is met. */
        POLICY_MET,
        /** Deciding needs the reviewer role; composing needs the community manager role. */
        WRONG_ROLE,
        /** The move is not possible from the current state. */
        ILLEGAL_STATE,
        /** The form was read at an older version. */
        STALE,
        /** The text still holds variables that are not filled, or unknown placeholders. */
        UNFILLED_VARIABLES,
        /** The text is too long for the post's platform. */
        TOO_LONG,
        /** No text. */
        EMPTY,
        /** A reason code is required (and must be one the admin keeps active). */
        REASON_REQUIRED,
        /** The approvals do not match the text any more (it changed after approval). */
        APPROVALS_VOID,
        /** The post is not (or no longer) one to answer: its decision is not "respond", or someone else holds it. */
        POST_NOT_ANSWERABLE,
        /** The publication's address or time is missing or invalid. */
        BAD_PUBLICATION
    }

    private final Reason reason;

    public ReplyRefusal(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
