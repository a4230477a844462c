package app.settle.portal.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG markup (no charting library in the browser). Every bar carries its exact
 * figure in a {@code <title>}, which browsers show on hover; the same numbers stand in a table under each chart.
 * All text is escaped here, so labels from the database cannot inject markup.
 */
final class BarChart {

    /** One bar: its label under the axis, its length, and the text shown on it and on hover. */
    record Bar(String label, double value, String valueText, String hover) {
    }

    /** Charts are drawn about this wide; bars get narrower as there are more of them, so text stays readable. */
    private static final int TARGET_WIDTH = 560;
    private static final int PLOT_HEIGHT = 140;
    private static final int TOP = 22;
    private static final int BOTTOM = 40;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int slot = Math.max(44, Math.min(84, TARGET_WIDTH / Math.max(1, bars.size())));
        int gap = slot / 5;
        int barWidth = slot - gap;
        int width = Math.max(1, bars.size()) * slot + gap;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.US, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"settle-chart\""
                + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", width, height, width,
                height, escape(title)));
        svg.append(String.format(Locale.US, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"settle-chart-axis\"/>",
                gap / 2, TOP + PLOT_HEIGHT, width - gap / 2, TOP + PLOT_HEIGHT));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = gap + i * slot;
            double h = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, bar.value() / max * PLOT_HEIGHT);
            double y = TOP + PLOT_HEIGHT - h;
            svg.append("<g class=\"settle-chart-bar\"><title>").append(escape(bar.hover())).append("</title>");
            svg.append(String.format(Locale.US, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"3\"/>",
                    x, y, barWidth, h));
            svg.append(String.format(Locale.US, "<text x=\"%d\" y=\"%.1f\" class=\"settle-chart-value\">%s</text>",
                    x + barWidth / 2, y - 6, escape(bar.valueText())));
            svg.append(String.format(Locale.US, "<text x=\"%d\" y=\"%d\" class=\"settle-chart-label\">%s</text>",
                    x + barWidth / 2, TOP + PLOT_HEIGHT + 18, escape(bar.label())));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
