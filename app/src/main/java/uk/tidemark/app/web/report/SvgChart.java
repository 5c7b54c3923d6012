package uk.tidemark.app.web.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static uk.tidemark.app.web.report.SvgBarChart.esc;

/**
 * What the report's three charts share: the root element, the font and the width of words in it, text that may run
 * over several lines, the legend and the frame of the text-equivalent table.
 *
 * <p>Nothing measures text in a browser here: the charts are laid out on the server, so the widths of words come
 * from a table. Liberation Sans, Arial and Helvetica share their advance widths (Liberation Sans was made
 * metric-compatible with Arial, and Arial with Helvetica), so one table (Helvetica's, in thousandths of the font
 * size) is exact for whichever of the three the browser or the PDF picks. A letter outside it is measured as its
 * base letter (a Welsh ŵ as w); anything else as a full em, which errs wide. A text's box runs from its ascent
 * above the baseline to its descent below it, which is what a browser's getBBox() gives.
 */
final class SvgChart {
    static final String FONT = "Liberation Sans, Arial, Helvetica, sans-serif";
    /** GOV.UK's text, secondary text, blue, and border grey. */
    static final String TEXT = "#0b0c0c";
    static final String SECONDARY = "#505a5f";
    static final String BLUE = "#1d70b8";
    static final String BORDER = "#b1b4b6";
    static final double ASCENT = 0.905;
    static final double DESCENT = 0.212;
    /**
     * The charts' drawing width before scaling, narrow enough that a 13-unit text is 11 px on a phone (scaled to
     * 360 px) and 18 px at the page's 36rem on a laptop; in the PDF, where a unit is a CSS pixel, 111 mm.
     */
    static final int WIDTH = 420;

    private static final int[] WIDTHS = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~

    private SvgChart() {
    }

    /**
     * The root element, its title and description; the caller appends the drawing and closes it. The root's width is
     * the container's (tidemark.css caps it) and its height follows from the viewBox, whose numbers are whole:
     * openhtmltopdf 1.1.22 takes an SVG's size from an integer viewBox (and from nothing else when the width is a
     * percentage). In the PDF, Batik draws the words as outlines, in the font it finds for the family (the
     * document's @font-face, else the system's): that must be Liberation Sans, or Arial's metrics, for the layout to
     * hold.
     */
    static StringBuilder open(String id, String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tidemark-chart\" role=\"img\" aria-labelledby=\"")
                .append(esc(id)).append("-title ").append(esc(id)).append("-desc\" width=\"100%\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" font-family=\"").append(FONT)
                .append("\" font-size=\"13\" fill=\"").append(TEXT).append("\">");
        svg.append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(description)).append("</desc>");
        return svg;
    }

    /** The advance width of {@code text} at {@code size}. */
    static double width(String text, double size) {
        double thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += width(text.charAt(i));
        }
        return thousandths * size / 1000;
    }

    private static int width(char c) {
        if (c >= 32 && c <= 126) {
            return WIDTHS[c - 32];
        }
        switch (c) {
            case '\u00a0':
                return 278;
            case '\u2013', '\u00a3', '\u20ac':
                return 556;
            case '\u2018', '\u2019':
                return 222;
            case '\u201c', '\u201d':
                return 333;
            default:
                break;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return first >= 32 && first <= 126 ? WIDTHS[first - 32] : 1000;
    }

    /** The words of {@code text} in lines no wider than {@code max} (a word wider than that has a line to itself). */
    static List<String> wrap(String text, double max, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The widest single word of {@code text}: the narrowest it can be wrapped to. */
    static double widestWord(String text, double size) {
        double widest = 0;
        for (String word : text.trim().split("\\s+")) {
            widest = Math.max(widest, width(word, size));
        }
        return widest;
    }

    /** A number for an attribute: at most one decimal, a point whatever the locale. */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** A text's box, as a browser measures it: the advance width across, ascent above and descent below. */
    record Box(double left, double top, double right, double bottom) {
        static Box of(double x, double baseline, String anchor, double size, String text) {
            double w = width(text, size);
            double left = switch (anchor) {
                case "middle" -> x - w / 2;
                case "end" -> x - w;
                default -> x;
            };
            return new Box(left, baseline - ASCENT * size, left + w, baseline + DESCENT * size);
        }

        boolean intersects(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(double minX, double minY, double maxX, double maxY) {
            return left >= minX && right <= maxX && top >= minY && bottom <= maxY;
        }

        Box grow(double by) {
            return new Box(left - by, top - by, right + by, bottom + by);
        }

        /** Whether the segment from (x1, y1) to (x2, y2) passes through this box (Liang and Barsky's clipping). */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
            double from = 0;
            double to = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        from = Math.max(from, t);
                    } else {
                        to = Math.min(to, t);
                    }
                }
            }
            return from <= to;
        }
    }

    /**
     * Writes text of one or more lines, the first line's baseline at {@code baseline}, each next one
     * {@code lineHeight} lower. A line but the last ends in its space, so that the words read as one text where the
     * text is extracted (a screen reader, a copy from the PDF); a space at the end of a line shows nothing.
     */
    static void text(StringBuilder svg, String cls, double x, double baseline, String anchor, double size, String fill,
                     List<String> lines, double lineHeight) {
        svg.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(baseline)).append('"');
        if (!"start".equals(anchor)) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append(" font-size=\"").append(num(size)).append('"');
        if (!TEXT.equals(fill)) {
            svg.append(" fill=\"").append(fill).append('"');
        }
        svg.append('>');
        if (lines.size() == 1) {
            svg.append(esc(lines.get(0)));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(baseline + i * lineHeight))
                        .append("\">").append(esc(lines.get(i))).append(i + 1 < lines.size() ? " " : "")
                        .append("</tspan>");
            }
        }
        svg.append("</text>");
    }

    /** Draws a series' legend key (its swatch), 14 units tall, its top-left corner at (x, y). */
    interface Swatch {
        void draw(StringBuilder svg, int series, double x, double y);
    }

    static final double LEGEND_SIZE = 14;
    static final double LEGEND_LINE = 17;

    /**
     * The legend, keys side by side and onto further rows when the width runs out (a name too long for a row is
     * wrapped beside its key). Returns how far down it reaches.
     */
    static double legend(StringBuilder svg, List<String> names, double swatchWidth, Swatch swatch, double top,
                         int width) {
        double x = 0;
        double y = top;
        double rowHeight = 0;
        for (int i = 0; i < names.size(); i++) {
            double textRoom = width - swatchWidth - 6;
            List<String> lines = wrap(names.get(i), textRoom, LEGEND_SIZE);
            double textWidth = lines.stream().mapToDouble(l -> width(l, LEGEND_SIZE)).max().orElse(0);
            double entry = swatchWidth + 6 + textWidth;
            if (x > 0 && x + entry > width - 2) {
                x = 0;
                y += rowHeight + 6;
                rowHeight = 0;
            }
            double height = (lines.size() - 1) * LEGEND_LINE + (ASCENT + DESCENT) * LEGEND_SIZE;
            swatch.draw(svg, i, x, y + 1);
            text(svg, "legend", x + swatchWidth + 6, y + ASCENT * LEGEND_SIZE, "start", LEGEND_SIZE, TEXT, lines,
                    LEGEND_LINE);
            rowHeight = Math.max(rowHeight, height);
            x += entry + 20;
        }
        return y + rowHeight;
    }

    /** The text equivalent's opening: a GOV.UK table captioned with the chart's title, and its head row. */
    static StringBuilder table(String id, String title, String corner, List<String> headers) {
        StringBuilder t = new StringBuilder(2048);
        t.append("<table class=\"govuk-table\" id=\"").append(esc(id)).append("-table\">")
                .append("<caption class=\"govuk-table__caption govuk-table__caption--s\">").append(esc(title))
                .append("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        if (corner == null) {
            t.append("<td class=\"govuk-table__header\"></td>");
        } else {
            t.append("<th scope=\"col\" class=\"govuk-table__header\">").append(esc(corner)).append("</th>");
        }
        for (String header : headers) {
            t.append("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">")
                    .append(esc(header)).append("</th>");
        }
        return t.append("</tr></thead><tbody class=\"govuk-table__body\">");
    }

    /** One body row: its header and its figures as the small-number rule lets them show. */
    static void row(StringBuilder t, String header, List<String> figures) {
        t.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">").append(esc(header))
                .append("</th>");
        for (String figure : figures) {
            t.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(esc(figure)).append("</td>");
        }
        t.append("</tr>");
    }

    static String close(StringBuilder t) {
        return t.append("</tbody></table>").toString();
    }

    /**
     * A table too wide for a phone (a column per line, each headed by a name), in the house's scrolling region: the
     * table scrolls sideways inside it, reachable by keyboard, and the page does not.
     */
    static String scrolling(String title, String table) {
        return "<div class=\"tidemark-table-scroll\" role=\"region\" aria-label=\"" + esc(title) + "\" tabindex=\"0\">"
                + table + "</div>";
    }
}
