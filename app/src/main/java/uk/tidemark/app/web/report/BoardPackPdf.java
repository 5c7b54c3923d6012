package uk.tidemark.app.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;

import static uk.tidemark.app.web.report.SvgBarChart.esc;

/**
 * A board-pack PDF from report XHTML: A4 portrait, the running head at the top of every page and "page N of M" at
 * the foot, Liberation Sans embedded (subset) so that every name prints, tagged as PDF/UA-1 with the document's
 * title and language.
 *
 * <p>What the body (the inside of {@code <body>}, well-formed XHTML) may use, styled here: {@code h1}-{@code h3},
 * {@code p}, {@code p.note} (small print), {@code dl}, and {@code table} with a {@code thead} (repeated at the top
 * of each page the table runs onto; {@code class="n"} on a cell right-aligns a figure). Charts are inline SVG in
 * {@code <figure class="chart">}, which is never split over a page break; an {@code <h2>} is kept with what follows
 * it. Each {@code <svg>} must carry a {@code <title>} (and may carry a {@code <desc>}): they become the figure's
 * alternative text, which PDF/UA requires (openhtmltopdf reads it from an {@code alt} attribute on the {@code svg},
 * set here). A chart wider than the page is scaled down to fit.
 *
 * <p>SVG {@code <text>} becomes real text in the embedded font (see {@link SvgTextAsText}): searchable, and read
 * back by the tests with its position. The chart must then use only what that class understands; anything else
 * is still drawn, as outlines.
 */
final class BoardPackPdf {
    static final String FONT_FAMILY = "Liberation Sans";
    /** The width inside the page margins, in CSS pixels (96 to the inch): 180 mm. */
    static final double CONTENT_WIDTH_PX = 180 / 25.4 * 96;
    /** CSS pixels per user unit of a chart sized by its viewBox alone. */
    private static final double CHART_SCALE = 1.05;

    private static final String STYLE = """
            @page { size: A4 portrait; margin: 20mm 15mm 18mm 15mm;
              @top-left { content: "RUNNING_HEAD"; font-size: 8.5pt; color: #505a5f; vertical-align: bottom;
                padding-bottom: 5mm }
              @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #505a5f;
                vertical-align: top; padding-top: 5mm } }
            html { font-family: "Liberation Sans"; font-size: 10pt; line-height: 1.3; color: #0b0c0c }
            body { margin: 0 }
            h1 { font-size: 18pt; margin: 0 0 6pt }
            h2 { font-size: 13pt; margin: 14pt 0 4pt; page-break-after: avoid }
            h3 { font-size: 11pt; margin: 10pt 0 3pt; page-break-after: avoid }
            p { margin: 0 0 6pt }
            .note { font-size: 8.5pt; color: #505a5f }
            dl { margin: 0 0 6pt } dt { font-weight: bold; margin: 4pt 0 0 } dd { margin: 0 0 0 12pt }
            table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; -fs-table-paginate: paginate }
            thead { display: table-header-group }
            tr { page-break-inside: avoid }
            th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top }
            th { font-weight: bold }
            td.n, th.n { text-align: right }
            figure { margin: 0 0 10pt }
            figure.chart { page-break-inside: avoid }
            figcaption { font-size: 9pt; margin: 2pt 0 0 }
            .caption { font-size: 11pt; color: #505a5f; margin: 0 0 2pt }
            .direction { font-size: 8.5pt; color: #505a5f; font-weight: normal }
            table.shares td.share { font-size: 14pt; font-weight: bold; width: 18% }
            table.shares td.basis { font-size: 8.5pt; color: #505a5f; width: 40% }
            .narrative p { margin: 0 0 4pt }
            .new-page { page-break-before: always }
            .chart-table { page-break-inside: avoid }
            .chart-table table { font-size: 8.5pt }
            .chart-table caption { display: none }
            caption { font-weight: bold; text-align: left; padding: 4pt 0 2pt; caption-side: top }
            table.by-setting { font-size: 8.5pt }
            table.by-setting th, table.by-setting td { padding: 2pt 3pt }
            """;

    private BoardPackPdf() {
    }

    static byte[] render(String title, String runningHead, String bodyXhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Tidemark");
        for (Face face : Face.values()) {
            builder.useFont(face::open, FONT_FAMILY, face.weight, face.style, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
        }
        builder.useSVGDrawer(new SvgTextAsText(new BatikSVGDrawer(), FONT_FAMILY));
        builder.addDOMMutator(BoardPackPdf::describeAndFitCharts);
        builder.withHtmlContent(document(title, runningHead, bodyXhtml), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String document(String title, String runningHead, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>" + esc(title)
                + "</title><meta name=\"subject\" content=\"" + esc(runningHead) + "\"/><style>"
                + esc(STYLE.replace("RUNNING_HEAD", cssString(runningHead))) + "</style></head><body>" + body
                + "</body></html>";
    }

    /** The inside of a CSS string: backslashes and quotes escaped, line breaks as CSS escapes. */
    private static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '"' -> out.append('\\').append(c);
                case '\n', '\r', '\f' -> out.append("\\A ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Before layout: every {@code svg} gets the alternative text openhtmltopdf tags its figure with (its title and
     * description), and one wider than the page is scaled down to the page's width.
     */
    private static void describeAndFitCharts(Document document) {
        NodeList svgs = document.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("alt").isBlank()) {
                String alt = join(childText(svg, "title"), childText(svg, "desc"));
                if (alt.isEmpty()) {
                    throw new IllegalArgumentException("a chart in a board pack needs a <title> (its text for "
                            + "screen readers): an svg has none");
                }
                svg.setAttribute("alt", alt);
            }
            fitWidth(svg);
        }
    }

    private static void fitWidth(Element svg) {
        double width = SvgTextAsText.length(svg.getAttribute("width"));
        double height = SvgTextAsText.length(svg.getAttribute("height"));
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        if (Double.isNaN(width) && box.length == 4) {
            // a chart drawn to fill its box on a screen (width="100%"): on paper, the size its text reads best at,
            // a user unit a little over a pixel, so that its 13-unit labels print near the body's 10 points
            double units = Double.parseDouble(box[2]);
            width = Math.min(CONTENT_WIDTH_PX, units * CHART_SCALE);
            svg.setAttribute("width", number(width));
            svg.setAttribute("height", number(width * Double.parseDouble(box[3]) / units));
            return;
        }
        if (Double.isNaN(width) || Double.isNaN(height) || width <= CONTENT_WIDTH_PX) {
            return;
        }
        if (svg.getAttribute("viewBox").isBlank()) {
            svg.setAttribute("viewBox", "0 0 " + number(width) + " " + number(height));
        }
        svg.setAttribute("width", number(CONTENT_WIDTH_PX));
        svg.setAttribute("height", number(height * CONTENT_WIDTH_PX / width));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                return e.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    private static String join(String title, String description) {
        if (title.isEmpty() || description.isEmpty()) {
            return title + description;
        }
        return title.endsWith(".") ? title + " " + description : title + ". " + description;
    }

    /** The four faces of Liberation Sans, from the OpenPDF fonts jar. */
    private enum Face {
        REGULAR("Regular", 400, FontStyle.NORMAL),
        BOLD("Bold", 700, FontStyle.NORMAL),
        ITALIC("Italic", 400, FontStyle.ITALIC),
        BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

        private final String resource;
        private final int weight;
        private final FontStyle style;

        Face(String name, int weight, FontStyle style) {
            this.resource = "/liberation/LiberationSans-" + name + ".ttf";
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            InputStream in = BoardPackPdf.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            return in;
        }
    }
}
