package org.contrepoint.queue;

/** Where a post stands: new, claimed by someone, decided (still followed), closed. */
public enum PostStatus {
    NEW, CLAIMED, DECIDED, CLOSED;

    public boolean open() {
        return this == NEW || this == CLAIMED;
    }
}
