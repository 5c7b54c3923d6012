package uk.tidemark.app.web.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.tidemark.app.web.PdfReadBack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board-pack frame, read back with PDFBox: a body of three pages and more (two long tables with a tall chart
 * between them, placed so that it would straddle a page break if it were allowed to) comes out A4 portrait with the
 * running head and "page N of M" on every page, no blank page, embedded fonts, PDF/UA tags and metadata, and the
 * chart's labels as real text, on one page, none overlapping another.
 */
class BoardPackPdfTest {
    private static final String WELSH = "Ysgol Gymraeg Bro Ŵy â Ŷ";
    private static final String HEAD = "Ysgol Cwm Tawe Trust · Quarterly report, October to December 2026";
    private static final String TITLE = "Quarterly report: October to December 2026";
    private static final List<String> CATEGORIES =
            List.of("Cyberbullying", "Defamation", "Sexting", "Racism", "Neglect", "Radicalisation");
    /** The words of the chart's labels: legend, categories and figures (none of which the tables use). */
    private static final List<String> CHART_WORDS = List.of("Oct", "Dec", "Jul", "Sep", "Cyberbullying",
            "Defamation", "Sexting", "Racism", "Neglect", "Radicalisation", "12", "9", "fewer", "withheld", "31");

    /** Enough rows that the table ends low on page 2, where the chart would not fit. */
    private static final int FIRST_ROWS = 55;
    /** The chart's height in points (600 px). */
    private static final double CHART_HEIGHT = 450;
    /** The bottom of the page's content area in points from its top: 18 mm above the foot of the page. */
    private static final double CONTENT_BOTTOM = PdfReadBack.A4_HEIGHT - 18 / 25.4 * 72;

    /** Kept for a person to look at. */
    private static final Path OUT = Path.of("target", "pdf", "board-pack-frame.pdf");

    private static PdfReadBack pdf;

    @BeforeAll
    static void render() throws IOException {
        String body = "<h1>" + TITLE + "</h1><p>For the trustees of " + WELSH + " and its sister schools.</p>"
                + "<h2>Cases by setting</h2>" + table("First", FIRST_ROWS)
                + "<h2>Cases by category</h2>" + chart()
                + "<h2>Deadlines by setting</h2>" + table("Second", 40)
                + "<p>The small-number rule: a count from 1 to 4 is never shown.</p>";
        byte[] bytes = BoardPackPdf.render(TITLE, HEAD, body);
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, bytes);
        pdf = PdfReadBack.of(bytes);
    }

    @Test
    void everyPageIsA4PortraitWithTheRunningHeadAndItsNumber() {
        int pages = pdf.pageCount();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.isA4Portrait(page)).as("page %d is A4 portrait: %s", page, pdf.mediaBox(page)).isTrue();
            assertThat(pdf.text(page)).as("page %d", page).contains(HEAD, "page " + page + " of " + pages);
        }
    }

    @Test
    void noPageIsBlank() {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            String body = pdf.text(page).replace(HEAD, "").replace("page " + page + " of " + pdf.pageCount(), "");
            assertThat(body).as("page %d has body text", page).isNotBlank();
        }
        assertThat(pdf.text(pdf.pageCount())).contains("The small-number rule");
    }

    @Test
    void theFontsAreEmbeddedAndAWelshNamePrints() {
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.text(1)).contains(WELSH);
    }

    @Test
    void itIsTaggedWithTheChartDescribedAndSaysSoWithItsTitleAndLanguage() {
        assertThat(pdf.isTagged()).isTrue();
        assertThat(pdf.pdfUaPart()).isEqualTo(1);
        assertThat(pdf.title()).isEqualTo(TITLE);
        assertThat(pdf.xmp()).contains(TITLE);
        assertThat(pdf.language()).isEqualTo("en-GB");
        assertThat(pdf.figureAlternatives())
                .containsExactly("Cases by category, all settings. Bar chart of the cases in each category.");
    }

    @Test
    void aTableRunningOntoTheNextPageRepeatsItsHeader() {
        List<Integer> pages = pdf.pagesWith("First-row-" + FIRST_ROWS);
        int last = pages.get(0);
        assertThat(pdf.pagesWith("First-row-1")).as("the first table starts on page 1").containsExactly(1);
        assertThat(last).as("the first table runs onto a later page").isGreaterThan(1);
        assertThat(pdf.text(last)).contains("First measure", "First this quarter");
    }

    @Test
    void theChartsLabelsAreTextOnOnePageAndDoNotOverlap() {
        List<Integer> pages = CHART_WORDS.stream().flatMap(w -> pdf.pagesWith(w).stream()).distinct().toList();
        assertThat(pages).as("the chart is on one page").hasSize(1);
        int page = pages.get(0);
        assertThat(pdf.text(page)).contains("Oct to Dec 2026", "Radicalisation", "fewer than 5");
        pdf.assertDisjoint(page, CHART_WORDS);
        // the page before ends with the table, too low for the chart to fit below it: had it started there, it
        // would have been split
        PdfReadBack.Word lastRow = pdf.words(page - 1).stream()
                .filter(w -> w.text().equals("First-row-" + FIRST_ROWS)).findFirst().orElseThrow();
        assertThat(lastRow.box().getMaxY() + CHART_HEIGHT).isGreaterThan(CONTENT_BOTTOM);
    }

    /**
     * The chart (600 px, 450 pt) below a spacer: at 279 pt the drawing would just fit on page 1 and its caption
     * would not; at 500 pt the drawing would straddle the page break. Either way the figure moves to page 2 whole.
     */
    @ParameterizedTest
    @ValueSource(ints = {279, 500})
    void aChartIsNeverSplitFromItselfOrItsCaption(int spacerPoints) {
        PdfReadBack alone = PdfReadBack.of(BoardPackPdf.render(TITLE, HEAD,
                "<div style=\"height: " + spacerPoints + "pt\">Spacer</div>" + chart()));
        assertThat(alone.pagesWith("Spacer")).containsExactly(1);
        for (String word : List.of("Oct", "Cyberbullying", "Radicalisation", "withheld", "Figures", "shown.")) {
            assertThat(alone.pagesWith(word)).as(word).containsExactly(2);
        }
    }

    @Test
    void aChartWithoutATitleIsRefused() {
        String untitled = "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                + "height=\"10\"><text x=\"0\" y=\"9\">1</text></svg></figure>";
        assertThatThrownBy(() -> BoardPackPdf.render(TITLE, HEAD, untitled))
                .hasStackTraceContaining("needs a <title>");
    }

    private static String table(String name, int rows) {
        StringBuilder t = new StringBuilder("<table><thead><tr><th scope=\"col\">" + name + " measure</th>"
                + "<th scope=\"col\" class=\"n\">" + name + " this quarter</th>"
                + "<th scope=\"col\" class=\"n\">" + name + " last quarter</th></tr></thead><tbody>");
        IntStream.rangeClosed(1, rows).forEach(i -> t.append("<tr><th scope=\"row\">").append(name).append("-row-")
                .append(i).append("</th><td class=\"n\">").append(100 + i).append("</td><td class=\"n\">")
                .append(200 + i).append("</td></tr>"));
        return t.append("</tbody></table>").toString();
    }

    /** A tall bar chart (about 60% of a page) in the shape SvgBarChart draws. */
    private static String chart() {
        List<String> current = List.of("12", "fewer than 5", "9", "withheld", "31", "12");
        List<String> previous = List.of("9", "12", "fewer than 5", "31", "9", "withheld");
        StringBuilder svg = new StringBuilder("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "role=\"img\" width=\"660\" height=\"600\" viewBox=\"0 0 660 600\" "
                + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">"
                + "<title>Cases by category, all settings</title><desc>Bar chart of the cases in each category."
                + "</desc><rect x=\"250\" y=\"4\" width=\"12\" height=\"12\" fill=\"#1d70b8\"/>"
                + "<text x=\"266\" y=\"14\" fill=\"#0b0c0c\">Oct to Dec 2026</text>"
                + "<rect x=\"400\" y=\"4\" width=\"12\" height=\"12\" fill=\"#6f777b\"/>"
                + "<text x=\"416\" y=\"14\" fill=\"#0b0c0c\">Jul to Sep 2026</text>");
        for (int i = 0; i < CATEGORIES.size(); i++) {
            int y = 40 + i * 90;
            svg.append("<g transform=\"translate(0,").append(y).append(")\">")
                    .append("<text x=\"240\" y=\"20\" text-anchor=\"end\">").append(CATEGORIES.get(i)).append("</text>")
                    .append(bar(current.get(i), 2, "#1d70b8")).append(bar(previous.get(i), 30, "#6f777b"))
                    .append("</g>");
        }
        return svg.append("</svg><figcaption>Figures from 1 to 4 are not shown.</figcaption></figure>").toString();
    }

    private static String bar(String figure, int y, String colour) {
        int length = figure.matches("\\d+") ? Integer.parseInt(figure) * 10 : 0;
        return "<rect x=\"250\" y=\"" + y + "\" width=\"" + length + "\" height=\"20\" fill=\"" + colour + "\"/>"
                + "<text x=\"" + (254 + length) + "\" y=\"" + (y + 15) + "\" fill=\"#0b0c0c\">" + figure + "</text>";
    }
}
