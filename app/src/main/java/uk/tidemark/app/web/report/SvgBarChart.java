package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.SuppressedCount;

import java.util.List;
import java.util.stream.Stream;

/**
 * A horizontal bar chart as SVG, drawn on the server (no JavaScript): each item has a bar for this quarter and one
 * for the previous quarter, with the figure written beside it. A figure the small-number rule hides gets no bar,
 * only its words ("fewer than 5", "withheld"), so the drawing gives away nothing the text does not. Accessible: the
 * root has role="img" and a title and description, and every figure is real text. Valid XML, so openhtmltopdf's
 * SVG support draws it in the PDF as the browser draws it on the page.
 */
final class SvgBarChart {

    /** One item: its label and its two figures. */
    record Bar(String label, SuppressedCount current, SuppressedCount previous) {
    }

    private static final int LABEL_WIDTH = 250;
    private static final int BAR_AREA = 300;
    private static final int ROW_HEIGHT = 34;
    private static final int TOP = 30;
    private static final String CURRENT_COLOUR = "#1d70b8";
    private static final String PREVIOUS_COLOUR = "#6f777b";

    private SvgBarChart() {
    }

    static String render(String id, String title, String description, String currentLabel, String previousLabel,
                         List<Bar> bars) {
        int width = LABEL_WIDTH + BAR_AREA + 110;
        int height = TOP + bars.size() * ROW_HEIGHT + 10;
        int max = bars.stream().flatMap(b -> Stream.of(b.current(), b.previous()))
                .filter(SuppressedCount::shown).mapToInt(SuppressedCount::count).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        legend(svg, currentLabel, previousLabel);
        int y = TOP;
        for (Bar bar : bars) {
            svg.append("<text x=\"0\" y=\"").append(y + 20).append("\" fill=\"#0b0c0c\">").append(esc(bar.label()))
                    .append("</text>");
            bar(svg, y + 2, bar.current(), max, CURRENT_COLOUR);
            bar(svg, y + 17, bar.previous(), max, PREVIOUS_COLOUR);
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, String currentLabel, String previousLabel) {
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                .append(CURRENT_COLOUR).append("\"/>");
        svg.append("<text x=\"").append(LABEL_WIDTH + 16).append("\" y=\"14\" fill=\"#0b0c0c\">")
                .append(esc(currentLabel)).append("</text>");
        svg.append("<rect x=\"").append(LABEL_WIDTH + 150).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                .append(PREVIOUS_COLOUR).append("\"/>");
        svg.append("<text x=\"").append(LABEL_WIDTH + 166).append("\" y=\"14\" fill=\"#0b0c0c\">")
                .append(esc(previousLabel)).append("</text>");
    }

    private static void bar(StringBuilder svg, int y, SuppressedCount figure, int max, String colour) {
        int length = figure.shown() && max > 0 ? Math.max(figure.count() > 0 ? 2 : 0, BAR_AREA * figure.count() / max) : 0;
        if (length > 0) {
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"13\" fill=\"").append(colour).append("\"/>");
        }
        svg.append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + 11)
                .append("\" fill=\"#0b0c0c\">").append(esc(figure.display())).append("</text>");
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
