package org.contrepoint.identity;

/** Outcome of checking a username and password: the person, or why not. */
public record SignInResult(Person person, Failure failure) {

    public enum Failure { BAD_CREDENTIALS, THROTTLED }

    static SignInResult success(Person person) {
        return new SignInResult(person, null);
    }

    static SignInResult failed(Failure failure) {
        return new SignInResult(null, failure);
    }

    public boolean succeeded() {
        return person != null;
    }
}
