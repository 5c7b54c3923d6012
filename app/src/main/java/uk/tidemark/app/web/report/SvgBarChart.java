package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.SuppressedCount;

import java.util.List;

import static uk.tidemark.app.web.report.SvgChart.ASCENT;
import static uk.tidemark.app.web.report.SvgChart.BLUE;
import static uk.tidemark.app.web.report.SvgChart.DESCENT;
import static uk.tidemark.app.web.report.SvgChart.SECONDARY;
import static uk.tidemark.app.web.report.SvgChart.TEXT;
import static uk.tidemark.app.web.report.SvgChart.WIDTH;
import static uk.tidemark.app.web.report.SvgChart.num;

/**
 * Horizontal grouped bars as SVG, drawn on the server (no JavaScript): one group per item (a category, say), its
 * label above its bars so that a long label has the chart's whole width (and wraps onto a second line only beyond
 * it), one bar per series with the figure at its end. A figure the small-number rule hides gets no bar, only its
 * words ("fewer than 5", "withheld"), so the drawing gives away nothing the text does not.
 *
 * <p>Readable in grey: the first series is a solid fill, the second a light hatch with an outline, the third an
 * outline alone, and the legend shows the same. Accessible: the root has role="img" with a title and description,
 * every figure is real text, and {@link #table} gives the same figures as a table for the page and the PDF to
 * print beneath. Valid XML, so openhtmltopdf's SVG support draws it in the PDF as the browser does on the page.
 */
final class SvgBarChart {

    /** One item: its label and one figure per series. */
    record Bar(String label, List<SuppressedCount> values) {
        Bar {
            values = List.copyOf(values);
        }
    }

    private static final double LABEL_SIZE = 14;
    private static final double LABEL_LINE = 17;
    private static final double VALUE_SIZE = 13;
    private static final double BAR = 13;
    private static final double BAR_PITCH = 16;
    private static final double GROUP_GAP = 10;
    private static final double AXIS = 1;
    private static final double GAP = 5;
    private static final int MAX_SERIES = 3;

    private SvgBarChart() {
    }

    static String render(String id, String title, String description, List<String> seriesNames, List<Bar> bars) {
        check(seriesNames, bars);
        int max = bars.stream().flatMap(b -> b.values().stream()).filter(SuppressedCount::shown)
                .mapToInt(SuppressedCount::count).max().orElse(0);
        double widestFigure = bars.stream().flatMap(b -> b.values().stream()).filter(SuppressedCount::shown)
                .mapToDouble(v -> SvgChart.width(v.display(), VALUE_SIZE)).max().orElse(0);
        double scale = max == 0 ? 0 : (WIDTH - AXIS - GAP - widestFigure - 1) / max;

        StringBuilder body = new StringBuilder(8192);
        body.append("<defs>").append(hatch(id)).append("</defs>");
        double y = SvgChart.legend(body, seriesNames, 14, (svg, s, x, top) -> swatch(svg, id, s, "key", x, top, 14, 14),
                2, WIDTH) + 14;
        for (Bar bar : bars) {
            List<String> lines = SvgChart.wrap(bar.label(), WIDTH - 8, LABEL_SIZE);
            SvgChart.text(body, "label", 0, y + ASCENT * LABEL_SIZE, "start", LABEL_SIZE, TEXT, lines, LABEL_LINE);
            y += (lines.size() - 1) * LABEL_LINE + (ASCENT + DESCENT) * LABEL_SIZE + 3;
            body.append("<line x1=\"").append(num(AXIS)).append("\" y1=\"").append(num(y - 1)).append("\" x2=\"")
                    .append(num(AXIS)).append("\" y2=\"").append(num(y + bar.values().size() * BAR_PITCH - 2))
                    .append("\" stroke=\"").append(SECONDARY).append("\" stroke-width=\"1.5\"/>");
            for (int s = 0; s < bar.values().size(); s++) {
                SuppressedCount value = bar.values().get(s);
                double length = 0;
                if (value.shown() && value.count() > 0) {
                    length = Math.max(2, value.count() * scale);
                    swatch(body, id, s, "bar", AXIS, y, length, BAR);
                }
                double baseline = y + BAR / 2 + (ASCENT - DESCENT) / 2 * VALUE_SIZE;
                SvgChart.text(body, value.shown() ? "value" : "value hidden", AXIS + length + GAP, baseline, "start",
                        VALUE_SIZE, value.shown() ? TEXT : SECONDARY, List.of(value.display()), 0);
                y += BAR_PITCH;
            }
            y += GROUP_GAP;
        }
        int height = (int) Math.ceil(y - GROUP_GAP + 4);
        return SvgChart.open(id, title, description, WIDTH, height).append(body).append("</svg>").toString();
    }

    /** The same figures as a table: a row per item, a column per series. */
    static String table(String id, String title, String description, List<String> seriesNames, List<Bar> bars) {
        check(seriesNames, bars);
        StringBuilder t = SvgChart.table(id, title, null, seriesNames);
        for (Bar bar : bars) {
            SvgChart.row(t, bar.label(), bar.values().stream().map(SuppressedCount::display).toList());
        }
        return SvgChart.close(t);
    }

    private static void check(List<String> seriesNames, List<Bar> bars) {
        if (seriesNames.isEmpty() || seriesNames.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a bar chart has 1 to " + MAX_SERIES + " series");
        }
        for (Bar bar : bars) {
            if (bar.values().size() != seriesNames.size()) {
                throw new IllegalArgumentException("'" + bar.label() + "' has " + bar.values().size()
                        + " figures for " + seriesNames.size() + " series");
            }
        }
    }

    /** Diagonal lines on white, for the second series: light, and unlike a solid fill in any colour or none. */
    private static String hatch(String id) {
        return "<pattern id=\"" + esc(id) + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                + "<path d=\"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5\" stroke=\"" + SECONDARY + "\" stroke-width=\"1.5\"/>"
                + "</pattern>";
    }

    /** A series' bar (or its legend key): solid blue; grey hatch with an outline; an outline alone. */
    private static void swatch(StringBuilder svg, String id, int series, String cls, double x, double y, double width,
                               double height) {
        svg.append("<rect class=\"").append(cls).append(" s").append(series).append("\" x=\"").append(num(x))
                .append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append('"');
        switch (series) {
            case 0 -> svg.append(" fill=\"").append(BLUE).append('"');
            case 1 -> svg.append(" fill=\"url(#").append(esc(id)).append("-hatch)\" stroke=\"").append(SECONDARY)
                    .append("\" stroke-width=\"1\"");
            default -> svg.append(" fill=\"#ffffff\" stroke=\"").append(TEXT).append("\" stroke-width=\"1.5\"");
        }
        svg.append("/>");
    }

    /** Escapes for XML text and attributes (HTML's named entities are not XML's, so numeric ones). */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
