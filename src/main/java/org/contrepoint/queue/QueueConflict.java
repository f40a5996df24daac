package org.contrepoint.queue;

/** A move on a post that its state refuses: held by someone else, stale form, illegal transition. */
public class QueueConflict extends RuntimeException {

    public enum Kind { CLAIMED_BY_OTHER, NOT_CLAIMED, NOT_YOURS, STALE, ILLEGAL, NOT_FOUND }

    private final Kind kind;
    private final String holder;

    public QueueConflict(Kind kind, String holder) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.holder = holder;
    }

    public static QueueConflict of(Kind kind) {
        return new QueueConflict(kind, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Who holds the post, when that is the reason. */
    public String holder() {
        return holder;
    }
}
