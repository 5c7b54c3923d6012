package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.SuppressedCount;

import java.util.List;

import static uk.tidemark.app.web.report.SvgChart.ASCENT;
import static uk.tidemark.app.web.report.SvgChart.BLUE;
import static uk.tidemark.app.web.report.SvgChart.DESCENT;
import static uk.tidemark.app.web.report.SvgChart.SECONDARY;
import static uk.tidemark.app.web.report.SvgChart.TEXT;
import static uk.tidemark.app.web.report.SvgChart.num;

/**
 * A count over quarters as columns (the trend of the last eight quarters), drawn on the server: each quarter has a
 * slot of the chart's width, its label below the baseline and its figure above its column. A figure the
 * small-number rule hides gets no column; its words stand on the baseline instead, wrapped to the slot's width so
 * they never reach a neighbour's. When the words of a slot cannot fit (many quarters), the drawing grows wider
 * rather than the words smaller: it is scaled to the page's width anyway.
 */
final class SvgColumnChart {

    private static final double SIZE = 13;
    private static final double LINE = 16;
    private static final double PLOT = 180;
    private static final double PAD = 2;
    private static final double TOP = 4;

    private SvgColumnChart() {
    }

    static String render(String id, String title, String description, List<String> quarterLabels,
                         List<SuppressedCount> values) {
        check(quarterLabels, values);
        int n = quarterLabels.size();
        double needed = 0;
        for (int i = 0; i < n; i++) {
            needed = Math.max(needed, SvgChart.widestWord(quarterLabels.get(i), SIZE));
            needed = Math.max(needed, SvgChart.widestWord(values.get(i).display(), SIZE));
        }
        int width = (int) Math.max(SvgChart.WIDTH, Math.ceil(n * (needed + 2 * PAD)));
        double slot = (double) width / Math.max(1, n);
        int max = values.stream().filter(SuppressedCount::shown).mapToInt(SuppressedCount::count).max().orElse(0);
        double figureRoom = (ASCENT + DESCENT) * SIZE + 4;
        double plot = max > 0 ? PLOT : LINE + 4; // nothing to draw: room for the words alone
        double base = TOP + figureRoom + plot;
        double column = Math.min(slot * 0.6, 48);

        StringBuilder body = new StringBuilder(4096);
        double bottom = base;
        for (int i = 0; i < n; i++) {
            double centre = slot * (i + 0.5);
            SuppressedCount value = values.get(i);
            double top = base;
            if (value.shown() && value.count() > 0) {
                double height = Math.max(2, plot * value.count() / max);
                top = base - height;
                body.append("<rect class=\"column\" x=\"").append(num(centre - column / 2)).append("\" y=\"")
                        .append(num(top)).append("\" width=\"").append(num(column)).append("\" height=\"")
                        .append(num(height)).append("\" fill=\"").append(BLUE).append("\"/>");
            }
            List<String> words = SvgChart.wrap(value.display(), slot - 2 * PAD, SIZE);
            double last = top - 4 - DESCENT * SIZE;
            SvgChart.text(body, value.shown() ? "value" : "value hidden", centre, last - (words.size() - 1) * LINE,
                    "middle", SIZE, value.shown() ? TEXT : SECONDARY, words, LINE);
            List<String> label = SvgChart.wrap(quarterLabels.get(i), slot - 2 * PAD, SIZE);
            double first = base + 6 + ASCENT * SIZE;
            SvgChart.text(body, "tick", centre, first, "middle", SIZE, TEXT, label, LINE);
            bottom = Math.max(bottom, first + (label.size() - 1) * LINE + DESCENT * SIZE);
        }
        body.append("<line x1=\"0\" y1=\"").append(num(base)).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(num(base)).append("\" stroke=\"").append(SECONDARY).append("\" stroke-width=\"1.5\"/>");
        int height = (int) Math.ceil(bottom + 4);
        return SvgChart.open(id, title, description, width, height).append(body).append("</svg>").toString();
    }

    /** The same figures as a table: a row per quarter. */
    static String table(String id, String title, String description, List<String> quarterLabels,
                        List<SuppressedCount> values) {
        check(quarterLabels, values);
        StringBuilder t = SvgChart.table(id, title, "Quarter", List.of("Number"));
        for (int i = 0; i < quarterLabels.size(); i++) {
            SvgChart.row(t, quarterLabels.get(i), List.of(values.get(i).display()));
        }
        return SvgChart.close(t);
    }

    private static void check(List<String> quarterLabels, List<SuppressedCount> values) {
        if (quarterLabels.size() != values.size()) {
            throw new IllegalArgumentException(values.size() + " figures for " + quarterLabels.size() + " quarters");
        }
    }
}
