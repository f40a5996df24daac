package org.contrepoint.web;

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

    private final Map<K, String> rendered = new ConcurrentHashMap<>();
    private final int capacity;

    /** @param capacity entries kept at most; 0 renders every time (development, where templates change live) */
    public KeptHtml(int capacity) {
        this.capacity = capacity;
    }

    public String get(K key, Function<K, String> render) {
        if (capacity <= 0) {
            return render.apply(key);
        }
        String html = rendered.get(key);
        if (html == null) {
            html = render.apply(key);
            if (rendered.size() >= capacity) {
                rendered.clear();
            }
            rendered.put(key, html);
        }
        return html;
    }

    /** Drops everything kept. */
    public void clear() {
        rendered.clear();
    }

    public int size() {
        return rendered.size();
    }
}
