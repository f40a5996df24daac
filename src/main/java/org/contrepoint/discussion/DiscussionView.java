package org.contrepoint.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the {@code {#discussion}} tag shows: the comments, the form and its state. Built by
 * {@link Discussions#view}; a page that refuses a comment passes {@link #rejected} back with the text kept.
 *
 * @param action      where the form posts (the feature's own route, which checks access)
 * @param comments    oldest first
 * @param mentionable display names the reader may mention (never usernames, e-mails or roles)
 * @param draft       the text to put back in the field after a refusal, or ""
 * @param error       why the last comment was refused ("empty", "too-long"), or null
 * @param length      length of the refused text, for the "too long" message
 */
public record DiscussionView(String action, List<CommentView> comments, List<String> mentionable, String draft,
        String error, int length) {

    /** The same discussion after refusing {@code draft}, to show again with the reason next to the field. */
    public DiscussionView rejected(Discussions.Refusal refusal, String draft) {
        return new DiscussionView(action, comments, mentionable, draft == null ? "" : draft, refusal.code(),
                Discussions.normalise(draft).length());
    }

    public boolean hasError() {
        return error != null;
    }

    /** An example of the suggested syntax with a real name of this discussion, for the field's hint. */
    public String example() {
        return mentionable.isEmpty() ? "Camille Martin" : mentionable.get(0);
    }

    /**
     * One comment as shown: its text cut into paragraphs and lines (pages show line breaks with {@code <p>} and
     * {@code <br>}), each line into plain and mention segments, all escaped by the template.
     *
     * @param unreachable names its author wrote in {@code @[...]} that nobody reading the discussion bears: told
     *                    only to the author, who would otherwise believe them notified
     */
    public record CommentView(long id, String authorName, Instant createdAt, List<Paragraph> paragraphs,
            List<String> unreachable) {

        static CommentView of(Comment comment, Mentions.Result parsed, boolean byReader) {
            return new CommentView(comment.id, comment.authorName, comment.createdAt, DiscussionView.paragraphs(parsed.segments()),
                    byReader ? parsed.unreachable() : List.of());
        }
    }

    public record Paragraph(List<Line> lines) {
    }

    public record Line(List<Mentions.Segment> segments) {
    }

    /** Blank lines separate paragraphs, single line breaks separate lines; mentions never span a line. */
    static List<Paragraph> paragraphs(List<Mentions.Segment> segments) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Mentions.Segment> line = new ArrayList<>();
        boolean blank = true;
        for (Mentions.Segment segment : segments) {
            if (segment.mention()) {
                line.add(segment);
                blank = false;
                continue;
            }
            String[] pieces = segment.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    if (blank && !lines.isEmpty()) {
                        paragraphs.add(new Paragraph(List.copyOf(lines)));
                        lines.clear();
                    } else if (!blank) {
                        lines.add(new Line(List.copyOf(line)));
                    }
                    line.clear();
                    blank = true;
                }
                if (!pieces[i].isEmpty()) {
                    line.add(new Mentions.Segment(pieces[i], false));
                    blank = blank && pieces[i].isBlank();
                }
            }
        }
        if (!blank) {
            lines.add(new Line(List.copyOf(line)));
        }
        if (!lines.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(lines)));
        }
        return paragraphs;
    }
}
