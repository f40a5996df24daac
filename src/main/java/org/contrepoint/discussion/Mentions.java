package org.contrepoint.discussion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people a comment mentions among those who may be mentioned in its discussion, and splits the text
 * into plain and mention segments so that pages highlight mentions without ever writing user text as HTML.
 *
 * <p>Three forms are understood, tried in this order at each {@code @}:
 * <ul>
 * <li>{@code @[Camille Martin (démo)]}: the display name in brackets, the form the page suggests, because display
 * names contain spaces and punctuation;</li>
 * <li>{@code @Camille Martin (démo)}: a display name written out, recognised only when it is exactly one of the
 * candidates' names followed by something other than a letter or digit (the longest name wins);</li>
 * <li>{@code @username}.</li>
 * </ul>
 * Names compare without case, accents or extra spaces ({@code @[ines moreau (demo)]} finds Inès Moreau (démo)).
 * An {@code @} right after a letter, digit or one of {@code ._%+-} belongs to an e-mail address and is no mention.
 * A bracketed name matching nobody is reported as unreachable, so the author learns that nobody was told; the
 * other forms matching nobody are just text (an {@code @} before a word is common in posts about social media).
 */
public final class Mentions {

    /** Longest bracketed name considered: past this, the brackets are taken as text. */
    static final int MAX_NAME = 200;

    /** Someone who may be mentioned in a discussion. */
    public record Candidate(long id, String displayName, String username) {
    }

    /** A piece of a comment: plain text, or a mention as its author wrote it (with its {@code @}). */
    public record Segment(String text, boolean mention) {
    }

    /**
     * @param segments    the whole text, in order, plain and mentions
     * @param mentioned   ids of the candidates mentioned
     * @param unreachable bracketed names that match no candidate, as written
     */
    public record Result(List<Segment> segments, Set<Long> mentioned, List<String> unreachable) {
    }

    private Mentions() {
    }

    public static Result parse(String body, Collection<Candidate> candidates) {
        String text = body == null ? "" : body;
        String folded = fold(text);
        List<Segment> segments = new ArrayList<>();
        Set<Long> mentioned = new LinkedHashSet<>();
        List<String> unreachable = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '@' || (i > 0 && partOfAddress(text.charAt(i - 1)))) {
                plain.append(c);
                i++;
                continue;
            }
            int end = -1;
            String shown = null;
            List<Candidate> found = List.of();
            int close = bracketEnd(text, i);
            if (close > 0) {
                String name = text.substring(i + 2, close).strip();
                found = byName(name, candidates);
                if (found.isEmpty() && !name.isEmpty() && !unreachable.contains(name)) {
                    unreachable.add(name);
                }
                end = close + 1;
                shown = "@" + name;
            } else {
                int length = longestWrittenName(text, folded, i + 1, candidates);
                if (length > 0) {
                    end = i + 1 + length;
                    String written = folded.substring(i + 1, end);
                    found = candidates.stream().filter(p -> written.equals(fold(p.displayName()))
                            || written.equals(fold(p.username()))).toList();
                    shown = text.substring(i, end);
                }
            }
            if (found.isEmpty()) {
                // Unknown bracketed names stay as written, unhighlighted: highlighting says "this person was told".
                String kept = end > 0 ? text.substring(i, end) : "@";
                plain.append(kept);
                i = end > 0 ? end : i + 1;
                continue;
            }
            if (!plain.isEmpty()) {
                segments.add(new Segment(plain.toString(), false));
                plain.setLength(0);
            }
            segments.add(new Segment(shown, true));
            found.forEach(p -> mentioned.add(p.id()));
            i = end;
        }
        if (!plain.isEmpty()) {
            segments.add(new Segment(plain.toString(), false));
        }
        return new Result(List.copyOf(segments), Set.copyOf(mentioned), List.copyOf(unreachable));
    }

    /** Candidates whose display name or username is this name, ignoring case, accents and spacing. */
    static List<Candidate> byName(String name, Collection<Candidate> candidates) {
        String key = squeeze(fold(name));
        if (key.isEmpty()) {
            return List.of();
        }
        return candidates.stream().filter(p -> key.equals(squeeze(fold(p.displayName())))
                || key.equals(squeeze(fold(p.username())))).toList();
    }

    /** Index of the {@code ]} closing {@code @[...]} at {@code at}, on the same line; -1 when there is none. */
    private static int bracketEnd(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at + 1) != '[') {
            return -1;
        }
        for (int j = at + 2; j < text.length() && j - at - 2 <= MAX_NAME; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                return j;
            }
            if (c == '\n' || c == '[' || c == '@') {
                return -1;
            }
        }
        return -1;
    }

    /** Length of the longest display name or username written right at {@code from}, or 0. */
    private static int longestWrittenName(String text, String folded, int from, Collection<Candidate> candidates) {
        int best = 0;
        for (Candidate p : candidates) {
            for (String name : new String[] { p.displayName(), p.username() }) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                String key = fold(name);
                if (key.length() > best && folded.startsWith(key, from) && endsWord(text, from + key.length())) {
                    best = key.length();
                }
            }
        }
        return best;
    }

    /**
     * A name ends where no letter or digit follows; a dot or hyphen may follow when it ends the word too (end of a
     * sentence), not when it continues it ({@code @jean.dupont} is not {@code @jean}).
     */
    private static boolean endsWord(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char next = text.charAt(at);
        if (Character.isLetterOrDigit(next) || next == '_') {
            return false;
        }
        if ((next == '.' || next == '-') && at + 1 < text.length()) {
            return !Character.isLetterOrDigit(text.charAt(at + 1));
        }
        return true;
    }

    private static boolean partOfAddress(char before) {
        return Character.isLetterOrDigit(before) || "._%+-".indexOf(before) >= 0;
    }

    /**
     * Lower case without accents, one character for one (so that positions in the folded text are positions in
     * the text), every kind of space as a plain space.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
            }
        }
        return out.toString();
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll(" +", " ");
    }
}
