package org.contrepoint.web;

/** The errors a person can meet, each with its status and its page text. */
public enum ErrorKind {
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    CONFLICT(409, "conflict"),
    TOO_LARGE(413, "too-large"),
    CSRF(403, "csrf"),
    UNAVAILABLE(503, "unavailable"),
    UNEXPECTED(500, "unexpected");

    private final int status;
    private final String code;

    ErrorKind(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
