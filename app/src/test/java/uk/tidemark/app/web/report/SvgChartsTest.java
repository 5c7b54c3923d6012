package uk.tidemark.app.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.webjars.WebJarVersionLocator;
import uk.tidemark.app.web.Chromium;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static uk.tidemark.app.web.report.SvgChartCases.EIGHT;
import static uk.tidemark.app.web.report.SvgChartCases.SERIES;
import static uk.tidemark.app.web.report.SvgChartCases.bar;
import static uk.tidemark.app.web.report.SvgChartCases.barCases;
import static uk.tidemark.app.web.report.SvgChartCases.column;
import static uk.tidemark.app.web.report.SvgChartCases.columnCases;
import static uk.tidemark.app.web.report.SvgChartCases.line;
import static uk.tidemark.app.web.report.SvgChartCases.lineCases;
import static uk.tidemark.app.web.report.SvgChartCases.n;
import static uk.tidemark.app.web.report.SvgChartCases.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report's three charts on awkward figures (twelve long category names, zeros, 999, everything hidden, a mix):
 * as XML, what is drawn and what is not (no bar, column or point for a hidden figure); then in a real Chromium at a
 * laptop's and a phone's width, that no two texts' boxes meet, that every text is inside the drawing, that the
 * words are as wide as the server reckoned, that the page does not scroll sideways, and that axe finds nothing.
 */
class SvgChartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Test
    void aBarChartDrawsABarForEachFigureShownAndOnlyWordsForAHiddenOne() throws Exception {
        for (Map.Entry<String, List<SvgBarChart.Bar>> c : barCases().entrySet()) {
            Element svg = chartRoot(c.getKey(), bar(c.getKey(), c.getValue()));
            List<SuppressedCount> values = c.getValue().stream().flatMap(b -> b.values().stream()).toList();
            for (int s = 0; s < SERIES.size(); s++) {
                int series = s;
                long drawn = c.getValue().stream().map(b -> b.values().get(series))
                        .filter(v -> v.shown() && v.count() > 0).count();
                assertThat(withClass(svg, "rect", "bar s" + s)).as("%s: bars of series %d", c.getKey(), s)
                        .hasSize((int) drawn);
                assertThat(withClass(svg, "rect", "key s" + s)).as("%s: legend key %d", c.getKey(), s).hasSize(1);
            }
            assertThat(texts(svg, "value hidden")).as(c.getKey())
                    .hasSize((int) values.stream().filter(v -> !v.shown()).count())
                    .allMatch(t -> t.equals("fewer than 5") || t.equals("withheld"));
            assertThat(texts(svg, "value")).as(c.getKey())
                    .containsExactlyInAnyOrderElementsOf(values.stream().filter(SuppressedCount::shown)
                            .map(SuppressedCount::display).toList());
            assertThat(texts(svg, "legend")).containsExactlyElementsOf(SERIES);
            // the second series is told apart by more than colour: a hatch pattern, in the chart's own defs
            Element hatch = byId(svg, c.getKey() + "-hatch");
            assertThat(hatch.getLocalName()).isEqualTo("pattern");
            assertThat(withClass(svg, "rect", "key s1").get(0).getAttribute("fill"))
                    .isEqualTo("url(#" + c.getKey() + "-hatch)");
            assertThat(withClass(svg, "rect", "key s0").get(0).getAttribute("fill")).isEqualTo("#1d70b8");
        }
        List<SvgBarChart.Bar> oneFigure = List.of(new SvgBarChart.Bar("one", List.of(n(5))));
        assertThatThrownBy(() -> SvgBarChart.render("x", "t", "d", SERIES, oneFigure))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'one' has 1 figures for 2 series");
    }

    @Test
    void aColumnChartDrawsNoColumnForAHiddenFigure() throws Exception {
        for (Map.Entry<String, List<SuppressedCount>> c : columnCases().entrySet()) {
            Element svg = chartRoot(c.getKey(), column(c.getKey(), c.getValue()));
            assertThat(withClass(svg, "rect", "column")).as(c.getKey())
                    .hasSize((int) c.getValue().stream().filter(v -> v.shown() && v.count() > 0).count());
            assertThat(texts(svg, "tick")).containsExactlyElementsOf(EIGHT);
            assertThat(texts(svg, "value hidden"))
                    .containsExactlyElementsOf(c.getValue().stream().filter(v -> !v.shown())
                            .map(SuppressedCount::display).toList());
        }
    }

    @Test
    void aLineChartBreaksItsLineAtAHiddenShareAndMarksEachLineItsOwnWay() throws Exception {
        for (Map.Entry<String, List<SvgLineChart.Line>> c : lineCases().entrySet()) {
            Element svg = chartRoot(c.getKey(), line(c.getKey(), c.getValue()));
            List<String> dashes = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            for (int l = 0; l < c.getValue().size(); l++) {
                List<SuppressedFigure> points = c.getValue().get(l).points();
                assertThat(withClass(svg, "*", "point s" + l)).as("%s line %d: points", c.getKey(), l)
                        .hasSize((int) points.stream().filter(SuppressedFigure::shown).count());
                int runs = 0;
                for (int i = 0; i + 1 < points.size(); i++) {
                    if (points.get(i).shown() && points.get(i + 1).shown() && (i == 0 || !points.get(i - 1).shown())) {
                        runs++;
                    }
                }
                List<Element> path = withClass(svg, "path", "line s" + l);
                assertThat(path.isEmpty() ? 0 : path.get(0).getAttribute("d").split("M").length - 1)
                        .as("%s line %d: unbroken runs", c.getKey(), l).isEqualTo(runs);
                Element key = withClass(svg, "line", null).stream()
                        .filter(e -> e.getNextSibling() instanceof Element m && m.getAttribute("class").equals("key"))
                        .toList().get(l);
                dashes.add(key.getAttribute("stroke-dasharray"));
                Element marker = (Element) key.getNextSibling(); // its shape, whatever its colour
                markers.add(marker.getLocalName() + ("#ffffff".equals(marker.getAttribute("fill")) ? " hollow " : " ")
                        + marker.getAttribute("d").replaceAll("[-0-9.,]", ""));
            }
            assertThat(dashes).as("%s: each line's dash pattern its own", c.getKey()).doesNotHaveDuplicates();
            assertThat(markers).as("%s: each line's marker its own", c.getKey()).doesNotHaveDuplicates();
            assertThat(texts(svg, "legend"))
                    .containsExactlyElementsOf(c.getValue().stream().map(SvgLineChart.Line::name).toList());
            assertThat(texts(svg, "value")).as(c.getKey()).allMatch(t -> t.matches("\\d{1,3}%"));
        }
        List<SvgLineChart.Line> six = IntStream.range(0, 6)
                .mapToObj(i -> new SvgLineChart.Line("l" + i, List.of(pc(5)))).toList();
        assertThatThrownBy(() -> SvgLineChart.render("x", "t", "d", List.of("Q1 2026"), six))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5 lines");
    }

    @Test
    void eachChartHasATableOfTheSameFiguresThatAnXmlParserReads() throws Exception {
        List<SvgBarChart.Bar> bars = barCases().get("bar-twelve-long");
        Element table = xml(SvgBarChart.table("b", "Cases by category", "d", SERIES, bars));
        assertThat(table.getAttribute("class")).isEqualTo("govuk-table");
        assertThat(table.getElementsByTagName("caption").item(0).getTextContent()).isEqualTo("Cases by category");
        assertThat(table.getElementsByTagName("tr").getLength()).isEqualTo(13);
        assertThat(table.getElementsByTagName("td").item(1).getTextContent()).isEqualTo("999");
        assertThat(table.getElementsByTagName("td").item(3).getTextContent()).isEqualTo("fewer than 5");

        Element columns = xml(SvgColumnChart.table("c", "Cases logged", "d", EIGHT, columnCases().get("column-mixed")));
        assertThat(columns.getElementsByTagName("th").item(0).getTextContent()).isEqualTo("Quarter");
        assertThat(columns.getElementsByTagName("td").item(3).getTextContent()).isEqualTo("withheld");

        List<SvgLineChart.Line> lines = lineCases().get("line-five-crossing");
        Element region = xml(SvgLineChart.table("l", "Deadlines met", "d", EIGHT, lines));
        assertThat(region.getAttribute("role")).isEqualTo("region");
        assertThat(region.getAttribute("aria-label")).isEqualTo("Deadlines met");
        Element shares = (Element) region.getElementsByTagName("table").item(0);
        assertThat(shares.getElementsByTagName("th").item(3).getTextContent()).isEqualTo(lines.get(2).name());
        assertThat(shares.getElementsByTagName("td").item(15).getTextContent()).isEqualTo("fewer than 5 cases");
    }

    @Test
    void noTwoWordsMeetInAChromiumAtALaptopsOrAPhonesWidth() throws Exception {
        Path dir = Path.of("target", "svg-charts").toAbsolutePath();
        Files.createDirectories(dir);
        String css = new WebJarVersionLocator().fullPath("govuk-frontend", "dist/govuk/govuk-frontend.min.css");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(css)) {
            Files.write(dir.resolve("govuk-frontend.min.css"), in.readAllBytes());
        }
        Files.copy(Path.of("src/main/resources/static/css/tidemark.css"), dir.resolve("tidemark.css"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> charts = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        barCases().forEach((k, v) -> {
            charts.put(k, bar(k, v));
            tables.put(k, SvgBarChart.table(k, "Cases by category", "d", SERIES, v));
        });
        columnCases().forEach((k, v) -> {
            charts.put(k, column(k, v));
            tables.put(k, SvgColumnChart.table(k, "Cases logged each quarter", "d", EIGHT, v));
        });
        lineCases().forEach((k, v) -> {
            charts.put(k, line(k, v));
            tables.put(k, SvgLineChart.table(k, "Deadlines met", "d", EIGHT, v));
        });
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Report charts</title><link rel=\"stylesheet\" href=\"govuk-frontend.min.css\">"
                + "<link rel=\"stylesheet\" href=\"tidemark.css\"></head><body class=\"govuk-template__body\">"
                + "<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\">"
                + "<h1 class=\"govuk-heading-l\">Report charts</h1>");
        charts.forEach((k, svg) -> html.append("<section id=\"case-").append(k)
                .append("\"><h2 class=\"govuk-heading-m\">").append(k).append("</h2><div class=\"tidemark-chart\">")
                .append(svg).append("</div>").append(tables.get(k)).append("</section>"));
        Files.writeString(dir.resolve("charts.html"), html.append("</main></div></body></html>"),
                StandardCharsets.UTF_8);

        Path shots = Path.of("target", "screenshots", "svg-charts");
        Files.createDirectories(shots);
        try (Chromium chromium = new Chromium(dir.toUri().toString().replaceAll("/$", ""), "svg-charts")) {
            for (Dimension window : List.of(new Dimension(1280, 4000), new Dimension(390, 4000))) {
                chromium.viewport(window);
                chromium.open("/charts.html");
                // measured only once the house's styles hold the wide tables in their scrolling regions and the
                // window is the width asked for: a measure taken before either is the machine's timing, not the page
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> Boolean.TRUE
                        .equals(chromium.driver().executeScript("const r = document.querySelector("
                                + "'.tidemark-table-scroll'); return r !== null && getComputedStyle(r).overflowX"
                                + " === 'auto' && document.documentElement.clientWidth <= arguments[0];",
                                window.getWidth())));
                Object scroll = chromium.driver().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) scroll).intValue()).as("sideways scrolling at %d px: %s", window.getWidth(),
                        chromium.driver().executeScript("return [...document.querySelectorAll('body *')].filter(e => "
                                + "e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                                + ".slice(0, 5).map(e => e.tagName + ' ' + e.textContent.slice(0, 40)"
                                + " + ' ' + e.getBoundingClientRect().right)")).isLessThanOrEqualTo(0);
                JsonNode measured = JSON.readTree((String) chromium.driver().executeScript(MEASURE));
                assertThat(measured).hasSize(charts.size());
                for (JsonNode chart : measured) {
                    assertLaidOut(chart, window.getWidth());
                }
                for (String k : charts.keySet()) {
                    shoot(chromium, k, shots.resolve(window.getWidth() + "-" + k + ".png"));
                }
                if (window.getWidth() > 1000) {
                    chromium.assertAccessible();
                    chromium.driver().executeScript("document.body.style.filter = 'grayscale(1)'");
                    for (String k : List.of("bar-twelve-long", "column-mixed", "line-five-crossing")) {
                        shoot(chromium, k, shots.resolve("grey-" + k + ".png"));
                    }
                    chromium.driver().executeScript("document.body.style.filter = ''");
                }
            }
        }
    }

    /** A screenshot of one case alone (the others hidden, so that it is in the window whatever its place). */
    private static void shoot(Chromium chromium, String name, Path file) throws java.io.IOException {
        chromium.driver().executeScript(
                "document.querySelectorAll('section').forEach(s => s.hidden = s.id !== arguments[0])", "case-" + name);
        Files.write(file, chromium.driver().findElement(By.id("case-" + name)).getScreenshotAs(OutputType.BYTES));
        chromium.driver().executeScript("document.querySelectorAll('section').forEach(s => s.hidden = false)");
    }

    /** Every text's box (in the drawing's units), each line's measured width, the drawing's size and scale. */
    private static final String MEASURE = """
            return JSON.stringify([...document.querySelectorAll('svg.tidemark-chart')].map(svg => {
              const vb = svg.viewBox.baseVal;
              const texts = [...svg.querySelectorAll('text')];
              return {id: svg.getAttribute('aria-labelledby'), width: vb.width, height: vb.height,
                scale: svg.getBoundingClientRect().width / vb.width,
                texts: texts.map(t => { const b = t.getBBox(); const size = parseFloat(getComputedStyle(t).fontSize);
                  const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
                  return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height, size: size,
                    lines: lines.map(l => ({text: l.textContent, length: l.getComputedTextLength()}))}; })};
            }));
            """;

    private static void assertLaidOut(JsonNode chart, int window) {
        String id = chart.path("id").asText();
        double width = chart.path("width").asDouble();
        double height = chart.path("height").asDouble();
        List<JsonNode> texts = new ArrayList<>();
        chart.path("texts").forEach(texts::add);
        assertThat(texts).as(id).isNotEmpty();
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < texts.size(); i++) {
            JsonNode a = texts.get(i);
            smallest = Math.min(smallest, a.path("size").asDouble());
            assertThat(a.path("x").asDouble() >= -0.01 && a.path("y").asDouble() >= -0.01
                    && a.path("x").asDouble() + a.path("w").asDouble() <= width + 0.01
                    && a.path("y").asDouble() + a.path("h").asDouble() <= height + 0.01)
                    .as("%s at %d px: '%s' %s inside 0 0 %s %s", id, window, a.path("text").asText(), box(a), width,
                            height)
                    .isTrue();
            for (JsonNode l : a.path("lines")) {
                assertThat(l.path("length").asDouble())
                        .as("%s: width of '%s' as the server reckoned it", id, l.path("text").asText())
                        .isCloseTo(SvgChart.width(l.path("text").asText(), a.path("size").asDouble()),
                                org.assertj.core.data.Offset.offset(0.5 + 0.01 * l.path("length").asDouble()));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                JsonNode b = texts.get(j);
                boolean meet = a.path("x").asDouble() < b.path("x").asDouble() + b.path("w").asDouble() - 0.01
                        && b.path("x").asDouble() < a.path("x").asDouble() + a.path("w").asDouble() - 0.01
                        && a.path("y").asDouble() < b.path("y").asDouble() + b.path("h").asDouble() - 0.01
                        && b.path("y").asDouble() < a.path("y").asDouble() + a.path("h").asDouble() - 0.01;
                assertThat(meet).as("%s at %d px: '%s' %s meets '%s' %s", id, window, a.path("text").asText(), box(a),
                        b.path("text").asText(), box(b)).isFalse();
            }
        }
        assertThat(smallest * chart.path("scale").asDouble()).as("%s: smallest text in CSS pixels at %d px", id, window)
                .isGreaterThanOrEqualTo(window > 1000 ? 11 : 10);
    }

    private static String box(JsonNode t) {
        return String.format(java.util.Locale.ROOT, "[%.1f %.1f %.1f %.1f]", t.path("x").asDouble(),
                t.path("y").asDouble(), t.path("w").asDouble(), t.path("h").asDouble());
    }

    private static Element xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return doc.getDocumentElement();
    }

    /** The chart parsed as XML, with the root every chart must have: named by its title and description. */
    private static Element chartRoot(String id, String svgText) throws Exception {
        Element svg = xml(svgText);
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(svg.getAttribute("font-family")).isEqualTo("Liberation Sans, Arial, Helvetica, sans-serif");
        Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
        Element desc = (Element) svg.getElementsByTagNameNS("*", "desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo(id + "-title");
        assertThat(desc.getAttribute("id")).isEqualTo(id + "-desc");
        assertThat(svg.getFirstChild()).isSameAs(title);
        assertThat(desc.getTextContent()).isNotBlank();
        return svg;
    }

    private static List<Element> withClass(Element root, String tag, String cls) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Element root, String cls) {
        return withClass(root, "text", cls).stream().map(Element::getTextContent).toList();
    }

    private static Element byId(Element root, String id) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
