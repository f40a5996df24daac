package org.contrepoint.notification;

/** What a notification is about; each kind has its title and e-mail text in the "notification" bundle. */
public enum NotificationKind {
    /** A reply draft was submitted for approval (to reviewers). */
    DRAFT_SUBMITTED,
    /** A reviewer approved, requested changes on or rejected a draft (to its author). */
    DRAFT_DECIDED,
    /** A submitted draft waits for approval past its due time (to reviewers). */
    APPROVAL_OVERDUE,
    /** A template or a new version was submitted for review (to reviewers). */
    TEMPLATE_SUBMITTED,
    /** A reviewer published, sent back or rejected a template submission (to its author). */
    TEMPLATE_DECIDED,
    /** Someone mentioned the person in a comment. */
    MENTIONED
}
