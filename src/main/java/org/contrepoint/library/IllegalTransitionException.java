package org.contrepoint.library;

/** A move the lifecycle does not allow (publishing a rejected version, a reviewer publishing their own...). */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
