package org.contrepoint.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * One set of figures as the page shows it (a table, and a bar chart of its first figure column when it has one) and
 * as the CSV export writes it: {@code cells} are formatted for the reader, {@code raw} are plain numbers for
 * spreadsheets. The first column of each row is its label.
 */
public record DataTable(String id, String caption, List<String> headers, List<List<String>> cells,
        List<List<String>> raw, BarChart chart) {

    /** Builds a table row by row; {@code chartColumn} is the column charted, or -1 for none. */
    static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> headers;
        private final int chartColumn;
        private final List<List<String>> cells = new ArrayList<>();
        private final List<List<String>> raw = new ArrayList<>();
        private final List<BarChart.Datum> data = new ArrayList<>();

        Builder(String id, String caption, List<String> headers, int chartColumn) {
            this.id = id;
            this.caption = caption;
            this.headers = headers;
            this.chartColumn = chartColumn;
        }

        Builder row(List<String> shown, List<String> plain) {
            cells.add(shown);
            raw.add(plain);
            if (chartColumn > 0) {
                data.add(new BarChart.Datum(shown.get(0), Double.parseDouble(plain.get(chartColumn)),
                        shown.get(chartColumn)));
            }
            return this;
        }

        /** A row whose figures read the same on the page and in the file. */
        Builder row(List<String> same) {
            return row(same, same);
        }

        DataTable build() {
            return new DataTable(id, caption, headers, cells, raw,
                    chartColumn > 0 && !data.isEmpty() ? BarChart.of(id, data) : null);
        }
    }

    public boolean empty() {
        return cells.isEmpty();
    }
}
