package org.contrepoint.library;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level comparison of two texts, as segments to show with {@code <ins>} and {@code <del>}. */
public final class VersionDiff {

    /** A run of text that both have ({@code same}), only the new one ({@code ins}) or only the old one ({@code del}). */
    public record Segment(String kind, String text) {
        public boolean same() {
            return "same".equals(kind);
        }

        public boolean ins() {
            return "ins".equals(kind);
        }

        public boolean del() {
            return "del".equals(kind);
        }
    }

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private VersionDiff() {
    }

    public static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, "same", a.subList(pos, start));
            add(out, "del", delta.getSource().getLines());
            add(out, "ins", delta.getTarget().getLines());
            pos = start + delta.getSource().size();
        }
        add(out, "same", a.subList(pos, a.size()));
        return out;
    }

    public static boolean hasChanges(List<Segment> segments) {
        return segments.stream().anyMatch(s -> !s.same());
    }

    private static void add(List<Segment> out, String kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
            Segment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Segment(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
