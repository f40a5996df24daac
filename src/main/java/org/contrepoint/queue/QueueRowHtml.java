package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.contrepoint.web.KeptHtml;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTML of queue rows, rendered by the row template and kept by row value ({@link KeptHtml}). The queue's first
 * pages are read over and over by every manager while their rows rarely change. A {@link QueueRow} holds every
 * value its HTML shows, so a row whose post, holder, deadline state or language changed is another key and is
 * rendered afresh.
 */
@ApplicationScoped
public class QueueRowHtml {

    private final KeptHtml<QueueRow> rendered;

    /** @param capacity rows kept at most; 0 renders every time (development) */
    QueueRowHtml(@ConfigProperty(name = "contrepoint.queue.row-cache-size", defaultValue = "2000") int capacity) {
        rendered = new KeptHtml<>(capacity);
    }

    /** {@code messages}: those of the rows' language. Each row with its UTF-8 bytes, which the page writes. */
    List<KeptHtml.Piece> of(List<QueueRow> rows, QueueMessages messages) {
        return rows.stream().map(row -> rendered.piece(row, r -> render(r, messages))).toList();
    }

    String html(QueueRow row, QueueMessages messages) {
        return rendered.get(row, r -> render(r, messages));
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
