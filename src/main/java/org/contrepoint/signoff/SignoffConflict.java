package org.contrepoint.signoff;

/** An admin form was read before someone else changed what it edits: nothing was saved. */
public class SignoffConflict extends RuntimeException {

    public SignoffConflict() {
        super("changed since the form was read", null, false, false);
    }
}
