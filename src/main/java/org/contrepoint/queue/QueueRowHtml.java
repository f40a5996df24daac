package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTML of queue rows, rendered by the row template and kept by row value. The queue's first pages are read
 * over and over by every manager while their rows rarely change, and rendering fifty rows through Qute was a large
 * part of the page's time (bench/README.md). A {@link QueueRow} holds every value its HTML shows, so a row whose post,
 * holder, deadline state or language changed is another key and is rendered afresh: nothing stale can be served.
 * When full, the map is emptied rather than tracked entry by entry: rows in use come back within a page view.
 */
@ApplicationScoped
public class QueueRowHtml {

    private final Map<QueueRow, String> rendered = new ConcurrentHashMap<>();

    /** Rows kept at most; 0 renders every time (development, where templates change under the running app). */
    @ConfigProperty(name = "contrepoint.queue.row-cache-size", defaultValue = "2000")
    int capacity;

    /** {@code messages}: those of the rows' language. */
    List<String> of(List<QueueRow> rows, QueueMessages messages) {
        return rows.stream().map(row -> html(row, messages)).toList();
    }

    String html(QueueRow row, QueueMessages messages) {
        if (capacity <= 0) {
            return render(row, messages);
        }
        String html = rendered.get(row);
        if (html == null) {
            html = render(row, messages);
            if (rendered.size() >= capacity) {
                rendered.clear();
            }
            rendered.put(row, html);
        }
        return html;
    }

    private static String render(QueueRow row, QueueMessages messages) {
        return QueueResource.Templates.row(row, row.texts(messages)).render();
    }

    /** Drops every kept row: after retention, no pseudonymised author or text may linger in memory. */
    void forget() {
        rendered.clear();
    }

    int size() {
        return rendered.size();
    }
}
