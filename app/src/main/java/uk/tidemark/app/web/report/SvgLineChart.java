package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.SuppressedFigure;

import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.app.web.report.SvgChart.ASCENT;
import static uk.tidemark.app.web.report.SvgChart.BORDER;
import static uk.tidemark.app.web.report.SvgChart.Box;
import static uk.tidemark.app.web.report.SvgChart.DESCENT;
import static uk.tidemark.app.web.report.SvgChart.SECONDARY;
import static uk.tidemark.app.web.report.SvgChart.TEXT;
import static uk.tidemark.app.web.report.SvgChart.num;

/**
 * Shares over quarters as lines (deadline compliance over time), drawn on the server, the y axis from 0 to 100%.
 * A share the small-number rule hides is a gap: no point, and the line broken there. Up to five lines, told apart
 * in grey as well as in colour: each has its own dash pattern and its own marker (circle, square, triangle,
 * diamond, ring), and the legend shows both.
 *
 * <p>A point's figure is written beside it where there is room: above, below, right or left, whichever first
 * touches no other text, marker or line. Where none is free (two lines close together) the point is only marked,
 * and the legend and the table beneath the chart carry the figure: nothing is ever written over anything else.
 */
final class SvgLineChart {

    /** One line: its name (for the legend) and one share per quarter. */
    record Line(String name, List<SuppressedFigure> points) {
        Line {
            points = List.copyOf(points);
        }
    }

    private record Style(String colour, String dash, String marker) {
    }

    /** Where a figure may be written: above, below, right or left of its point. */
    private record Place(double x, double baseline, String anchor) {
    }

    private static final List<Style> STYLES = List.of(
            new Style(SvgChart.BLUE, null, "circle"),
            new Style(TEXT, "8 4", "square"),
            new Style("#00703c", "2 3", "triangle"),
            new Style("#4c2c92", "10 3 2 3", "diamond"),
            new Style("#d4351c", "12 3 2 3 2 3", "ring"));
    private static final double SIZE = 13;
    /** A legend key's length: enough of the line for its dashes to show either side of its marker. */
    private static final double KEY = 44;
    private static final double LINE = 16;
    private static final double PLOT = 200;
    private static final double LEFT = 42;
    private static final double RIGHT = 4;
    private static final double PAD = 3;
    private static final double ROOM = (ASCENT + DESCENT) * SIZE + 9;

    private SvgLineChart() {
    }

    static String render(String id, String title, String description, List<String> quarterLabels, List<Line> lines) {
        check(quarterLabels, lines);
        int n = quarterLabels.size();
        double needed = SvgChart.width("100%", SIZE);
        for (String label : quarterLabels) {
            needed = Math.max(needed, SvgChart.widestWord(label, SIZE));
        }
        int width = (int) Math.max(SvgChart.WIDTH, Math.ceil(LEFT + RIGHT + n * (needed + 2 * PAD + 4)));
        double slot = (width - LEFT - RIGHT) / Math.max(1, n);

        StringBuilder body = new StringBuilder(8192);
        double legendBottom = SvgChart.legend(body, lines.stream().map(Line::name).toList(), KEY,
                (svg, s, x, top) -> key(svg, STYLES.get(s), x, top), 2, width);
        double plotTop = legendBottom + 10 + ROOM;
        double plotBottom = plotTop + PLOT;

        List<Box> taken = new ArrayList<>();
        taken.add(new Box(0, 0, width, legendBottom + 4));
        for (int p = 0; p <= 100; p += 25) {
            double y = plotTop + PLOT * (100 - p) / 100;
            body.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(width - RIGHT).append("\" y2=\"").append(num(y)).append("\" stroke=\"")
                    .append(p == 0 ? SECONDARY : BORDER).append("\" stroke-width=\"1\"/>");
            double baseline = y + (ASCENT - DESCENT) / 2 * SIZE;
            SvgChart.text(body, "tick", LEFT - 6, baseline, "end", SIZE, TEXT, List.of(p + "%"), 0);
            taken.add(Box.of(LEFT - 6, baseline, "end", SIZE, p + "%"));
        }
        double bottom = plotBottom;
        for (int i = 0; i < n; i++) {
            List<String> label = SvgChart.wrap(quarterLabels.get(i), slot - 2 * PAD, SIZE);
            double x = LEFT + slot * (i + 0.5);
            double first = plotBottom + 6 + ASCENT * SIZE;
            SvgChart.text(body, "tick", x, first, "middle", SIZE, TEXT, label, LINE);
            double below = first + (label.size() - 1) * LINE + DESCENT * SIZE;
            bottom = Math.max(bottom, below);
            taken.add(new Box(x - slot / 2, plotBottom + 1, x + slot / 2, below));
        }

        List<double[][]> points = new ArrayList<>();
        List<double[]> segments = new ArrayList<>();
        for (Line line : lines) {
            double[][] at = new double[n][];
            for (int i = 0; i < n; i++) {
                SuppressedFigure f = line.points().get(i);
                if (f.shown()) {
                    double share = Math.max(0, Math.min(100, f.value()));
                    at[i] = new double[]{LEFT + slot * (i + 0.5), plotTop + PLOT * (100 - share) / 100};
                    taken.add(new Box(at[i][0] - 6, at[i][1] - 6, at[i][0] + 6, at[i][1] + 6));
                    if (i > 0 && at[i - 1] != null) {
                        segments.add(new double[]{at[i - 1][0], at[i - 1][1], at[i][0], at[i][1]});
                    }
                }
            }
            points.add(at);
        }
        for (int l = 0; l < lines.size(); l++) {
            Style style = STYLES.get(l);
            double[][] at = points.get(l);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (at[i] != null && (i + 1 < n && at[i + 1] != null || i > 0 && at[i - 1] != null)) {
                    d.append(i > 0 && at[i - 1] != null ? " L" : (d.isEmpty() ? "M" : " M")).append(num(at[i][0]))
                            .append(',').append(num(at[i][1]));
                }
            }
            if (!d.isEmpty()) {
                body.append("<path class=\"line s").append(l).append("\" d=\"").append(d)
                        .append("\" fill=\"none\" stroke=\"")
                        .append(style.colour()).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"");
                if (style.dash() != null) {
                    body.append(" stroke-dasharray=\"").append(style.dash()).append('"');
                }
                body.append("/>");
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            for (double[] p : points.get(l)) {
                if (p != null) {
                    marker(body, "point s" + l, STYLES.get(l), p[0], p[1]);
                }
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            for (int i = 0; i < n; i++) {
                double[] p = points.get(l)[i];
                if (p != null) {
                    figure(body, STYLES.get(l).colour(), lines.get(l).points().get(i).display(), p, taken, segments,
                            width, bottom);
                }
            }
        }
        int height = (int) Math.ceil(bottom + 4);
        return SvgChart.open(id, title, description, width, height).append(body).append("</svg>").toString();
    }

    /** Writes the figure at the first free place beside its point, or nowhere when none is free. */
    private static void figure(StringBuilder body, String colour, String text, double[] p, List<Box> taken,
                               List<double[]> segments, int width, double bottom) {
        double x = p[0];
        double y = p[1];
        double middle = y + (ASCENT - DESCENT) / 2 * SIZE;
        List<Place> places = List.of(new Place(x, y - 8 - DESCENT * SIZE, "middle"),
                new Place(x, y + 8 + ASCENT * SIZE, "middle"), new Place(x + 9, middle, "start"),
                new Place(x - 9, middle, "end"));
        for (Place place : places) {
            Box box = Box.of(place.x(), place.baseline(), place.anchor(), SIZE, text);
            Box clear = box.grow(1.5);
            boolean free = box.inside(0, 0, width, bottom)
                    && taken.stream().noneMatch(clear::intersects)
                    && segments.stream().noneMatch(s -> clear.crossedBy(s[0], s[1], s[2], s[3]));
            if (free) {
                SvgChart.text(body, "value", place.x(), place.baseline(), place.anchor(), SIZE, colour, List.of(text), 0);
                taken.add(box);
                return;
            }
        }
    }

    private static void key(StringBuilder svg, Style style, double x, double top) {
        double y = top + 7;
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                .append(num(x + KEY))
                .append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(style.colour())
                .append("\" stroke-width=\"2.5\"");
        if (style.dash() != null) {
            svg.append(" stroke-dasharray=\"").append(style.dash()).append('"');
        }
        svg.append("/>");
        marker(svg, "key", style, x + KEY / 2, y);
    }

    /** The line's marker centred on (x, y), with a white edge that keeps it apart from lines crossing it. */
    private static void marker(StringBuilder svg, String cls, Style style, double x, double y) {
        String paint = "\" fill=\"" + style.colour() + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
        switch (style.marker()) {
            case "circle" -> svg.append("<circle class=\"").append(cls).append("\" cx=\"").append(num(x))
                    .append("\" cy=\"").append(num(y)).append("\" r=\"4.5").append(paint);
            case "square" -> svg.append("<rect class=\"").append(cls).append("\" x=\"").append(num(x - 4))
                    .append("\" y=\"").append(num(y - 4)).append("\" width=\"8\" height=\"8").append(paint);
            case "triangle" -> svg.append("<path class=\"").append(cls).append("\" d=\"M").append(num(x)).append(',')
                    .append(num(y - 5.5)).append(" L").append(num(x + 5.5)).append(',').append(num(y + 4)).append(" L")
                    .append(num(x - 5.5)).append(',').append(num(y + 4)).append(" Z").append(paint);
            case "diamond" -> svg.append("<path class=\"").append(cls).append("\" d=\"M").append(num(x)).append(',')
                    .append(num(y - 5.5)).append(" L").append(num(x + 5.5)).append(',').append(num(y)).append(" L")
                    .append(num(x)).append(',').append(num(y + 5.5)).append(" L").append(num(x - 5.5)).append(',')
                    .append(num(y)).append(" Z").append(paint);
            default -> svg.append("<circle class=\"").append(cls).append("\" cx=\"").append(num(x)).append("\" cy=\"")
                    .append(num(y)).append("\" r=\"4\" fill=\"#ffffff\" stroke=\"").append(style.colour())
                    .append("\" stroke-width=\"2\"/>");
        }
    }

    /**
     * The same figures as a table: a row per quarter, a column per line; in a scrolling region, as five columns
     * headed by names do not fit a phone.
     */
    static String table(String id, String title, String description, List<String> quarterLabels, List<Line> lines) {
        check(quarterLabels, lines);
        StringBuilder t = SvgChart.table(id, title, "Quarter", lines.stream().map(Line::name).toList());
        for (int i = 0; i < quarterLabels.size(); i++) {
            int q = i;
            SvgChart.row(t, quarterLabels.get(i), lines.stream().map(l -> l.points().get(q).display()).toList());
        }
        return SvgChart.scrolling(title, SvgChart.close(t));
    }

    private static void check(List<String> quarterLabels, List<Line> lines) {
        if (lines.isEmpty() || lines.size() > STYLES.size()) {
            throw new IllegalArgumentException("a line chart has 1 to " + STYLES.size() + " lines");
        }
        for (Line line : lines) {
            if (line.points().size() != quarterLabels.size()) {
                throw new IllegalArgumentException("'" + line.name() + "' has " + line.points().size()
                        + " points for " + quarterLabels.size() + " quarters");
            }
        }
    }
}
