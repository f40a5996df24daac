package org.contrepoint.library;

/** The GAMMMA+ campaign fields: goal, audience, message, messenger, media and call to action. */
public record Gammma(String goal, String audience, String message, String messenger, String media,
        String callToAction) {

    public static final Gammma EMPTY = new Gammma(null, null, null, null, null, null);

    public boolean isEmpty() {
        return goal == null && audience == null && message == null && messenger == null && media == null
                && callToAction == null;
    }
}
