package org.contrepoint.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: the geometry is computed here, the template only draws it.
 * Each bar carries its label and its value as text beside it, and is filled with a hatch pattern, so that the chart
 * reads without colour (RGAA 3.2); the same figures are in the table next to it.
 */
public record BarChart(String id, int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_AREA = 340;
    static final int ROW = 28;
    static final int LABEL_CHARS = 28;

    record Datum(String label, double value, String shown) {
    }

    /** One bar: where it goes and what it says. */
    public record Bar(String label, String shortLabel, String value, int y, int barWidth, int textX, int textY) {
    }

    static BarChart of(String id, List<Datum> data) {
        double max = data.stream().mapToDouble(Datum::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (Datum d : data) {
            int w = max <= 0 ? 0 : (int) Math.round(BAR_AREA * Math.max(0, d.value()) / max);
            if (d.value() > 0 && w < 2) {
                w = 2;
            }
            String shortLabel = d.label().length() > LABEL_CHARS ? d.label().substring(0, LABEL_CHARS - 1) + "…"
                    : d.label();
            bars.add(new Bar(d.label(), shortLabel, d.shown(), y, w, LABEL_WIDTH + w + 6, y + 15));
            y += ROW;
        }
        return new BarChart(id, WIDTH, y + 4, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }
}
