package org.contrepoint.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * HTML rendered from a value that holds everything the HTML shows, kept by that value: the parts of the most viewed
 * pages that many requests render alike (queue rows, search filters). Rendering through Qute is most of those
 * pages' time (bench/README.md). Any change to what the HTML shows makes another key, so nothing stale is served.
 * When full, the store is emptied rather than tracked entry by entry: the values in use come back within a page view.
 *
 * @param <K> a value with equals and hashCode over everything the HTML shows (a record)
 */
public final class KeptHtml<K> {

    /**
     * What is kept: the HTML, and its UTF-8 bytes, which a page written as bytes uses instead of encoding the HTML
     * again on every view ({@link WebResponseFilter#withEncoded}).
     */
    public record Piece(String html, byte[] utf8) {

        /** No HTML. */
        public static final Piece NONE = new Piece("", new byte[0]);

        static Piece of(String html) {
            return new Piece(html, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Map<K, Piece> rendered = new ConcurrentHashMap<>();
    private final int capacity;

    /** @param capacity entries kept at most; 0 renders every time (development, where templates change live) */
    public KeptHtml(int capacity) {
        this.capacity = capacity;
    }

    public String get(K key, Function<K, String> render) {
        if (capacity <= 0) {
            return render.apply(key);
        }
        return piece(key, render).html();
    }

    /** The HTML with its UTF-8 bytes. */
    public Piece piece(K key, Function<K, String> render) {
        if (capacity <= 0) {
            return Piece.of(render.apply(key));
        }
        Piece piece = rendered.get(key);
        if (piece == null) {
            piece = Piece.of(render.apply(key));
            if (rendered.size() >= capacity) {
                rendered.clear();
            }
            rendered.put(key, piece);
        }
        return piece;
    }

    /** Drops everything kept. */
    public void clear() {
        rendered.clear();
    }

    public int size() {
        return rendered.size();
    }
}
