package uk.tidemark.app.web.report;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws an SVG's {@code <text>} as real PDF text. openhtmltopdf's Batik drawer turns SVG text into outlines (its
 * glyph vectors are filled as shapes), so a chart's labels could be neither searched, copied nor read back. This
 * drawer takes each {@code <text>} it understands out of the SVG, lets Batik draw the rest, then writes the text
 * with openhtmltopdf's own text renderer, in the document's embedded font, at the place Batik would have put it.
 *
 * <p>Understood: a {@code <text>} holding only characters, or only {@code <tspan>}s of characters each with its own
 * {@code x} and {@code y} (one label per line), with one number each in {@code x}
 * and {@code y} (user units; {@code y} is the baseline), and these properties as attributes or in a {@code style}
 * attribute, on the text or inherited from its ancestors: {@code font-size} (a number or px), {@code font-weight}
 * (bold or 600 and more is bold), {@code font-style}, {@code text-anchor} (start, middle, end), {@code fill}
 * ({@code #rgb}, {@code #rrggbb}, {@code black}, {@code white}), {@code dominant-baseline} only auto or
 * alphabetic, {@code transform} only {@code translate(...)}. The {@code font-family} is ignored: the text is set
 * in the document's font (Liberation Sans, metrically the same as Arial and Helvetica). Classes are ignored: the
 * page's CSS is not in the PDF, and the board pack's styles nothing inside an SVG. The {@code svg} needs a
 * {@code viewBox} or a numeric {@code width} and {@code height}, and keeps the default aspect ratio. A text with
 * anything else (a rotation, {@code dx}, a {@code <style>} in the SVG, a place inside {@code <defs>}) is left to
 * Batik, as outlines.
 */
final class SvgTextAsText implements SVGDrawer {
    private static final Pattern TRANSLATE =
            Pattern.compile("\\s*translate\\(\\s*([-+.\\deE]+)(?:[\\s,]+([-+.\\deE]+))?\\s*\\)\\s*");
    private static final List<String> UNSUPPORTED_ATTRIBUTES =
            List.of("dx", "dy", "rotate", "textLength", "lengthAdjust", "writing-mode", "letter-spacing");

    /** Containers whose content is drawn only where it is referenced, if at all. */
    private static final List<String> NOT_DRAWN =
            List.of("defs", "symbol", "clipPath", "mask", "pattern", "marker", "switch");

    private final SVGDrawer batik;
    private final String fontFamily;
    /** The labels taken out of each svg (layout may ask for the same svg's image more than once). */
    private final Map<Element, Chart> charts = new IdentityHashMap<>();

    SvgTextAsText(SVGDrawer batik, String fontFamily) {
        this.batik = batik;
        this.fontFamily = fontFamily;
    }

    private record Label(String text, double x, double y, double size, boolean bold, boolean italic, String anchor,
                         FSRGBColor colour) {
    }

    private record Chart(double minX, double minY, double width, double height, List<Label> labels) {
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        Chart chart = charts.computeIfAbsent(svg, SvgTextAsText::takeLabels);
        SVGImage drawing = batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        return new SVGImage() {
            @Override
            public int getIntrinsicWidth() {
                return drawing.getIntrinsicWidth();
            }

            @Override
            public int getIntrinsicHeight() {
                return drawing.getIntrinsicHeight();
            }

            @Override
            public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
                drawing.drawSVG(device, ctx, x, y);
                drawLabels(chart, box, device, ctx, x, y);
            }
        };
    }

    /** Maps the viewBox onto the svg's box as SVG does by default (uniform scale, centred) and writes each label. */
    private void drawLabels(Chart chart, Box box, OutputDevice device, RenderingContext ctx, double x, double y) {
        if (chart.labels().isEmpty()) {
            return;
        }
        Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx);
        double scale = Math.min(content.width / chart.width(), content.height / chart.height());
        double left = x + (content.width - chart.width() * scale) / 2 - chart.minX() * scale;
        double top = y + (content.height - chart.height() * scale) / 2 - chart.minY() * scale;
        FontSpecification before = device instanceof AbstractOutputDevice d ? d.getFontSpecification() : null;
        for (Label label : chart.labels()) {
            FontSpecification spec = new FontSpecification();
            spec.families = new String[] {fontFamily};
            spec.size = (float) (label.size() * scale);
            spec.fontWeight = label.bold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            spec.fontStyle = label.italic() ? IdentValue.ITALIC : IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            FSFont font = ctx.getFont(spec);
            double width = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, label.text());
            double shift = switch (label.anchor()) {
                case "middle" -> width / 2;
                case "end" -> width;
                default -> 0;
            };
            device.setColor(label.colour());
            specify(device, spec);
            device.setFont(font);
            ctx.getTextRenderer().drawString(device, label.text(), (float) (left + label.x() * scale - shift),
                    (float) (top + label.y() * scale));
        }
        specify(device, before);
    }

    /**
     * The device compares the font asked for with the face it found, to embolden or slant a face that lacks the
     * weight or style; it keeps the specification of the last HTML text drawn unless told this one.
     */
    private static void specify(OutputDevice device, FontSpecification spec) {
        if (device instanceof AbstractOutputDevice d) {
            d.setFontSpecification(spec);
        }
    }

    /** Takes the labels this class can write out of the svg, leaving everything else for Batik. */
    private static Chart takeLabels(Element svg) {
        double[] box = viewBox(svg);
        List<Label> labels = new ArrayList<>();
        if (box == null || svg.getElementsByTagName("style").getLength() > 0
                || !svg.getAttribute("preserveAspectRatio").isBlank()) {
            return new Chart(0, 0, 1, 1, labels);
        }
        List<Element> texts = new ArrayList<>();
        NodeList found = svg.getElementsByTagName("text");
        for (int i = 0; i < found.getLength(); i++) {
            texts.add((Element) found.item(i));
        }
        for (Element text : texts) {
            List<Label> lines = lines(text, svg);
            if (lines != null) {
                labels.addAll(lines);
                text.getParentNode().removeChild(text);
            }
        }
        return new Chart(box[0], box[1], box[2], box[3], labels);
    }

    /**
     * A text's labels: itself, or one per {@code <tspan>} when it holds only spans of plain characters, each with a
     * number in {@code x} and {@code y} (a label of several lines); null when it is something else.
     */
    private static List<Label> lines(Element text, Element svg) {
        List<Element> spans = new ArrayList<>();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
                if (!name.equals("tspan") || e.getAttribute("x").isBlank() || e.getAttribute("y").isBlank()) {
                    return null;
                }
                spans.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                if (!spans.isEmpty() || hasElementChild(text)) {
                    return null;
                }
            }
        }
        if (spans.isEmpty()) {
            Label label = label(text, svg);
            return label == null ? null : List.of(label);
        }
        for (String attribute : UNSUPPORTED_ATTRIBUTES) {
            if (text.hasAttribute(attribute)) {
                return null;
            }
        }
        List<Label> out = new ArrayList<>();
        for (Element span : spans) {
            Label label = label(span, svg);
            if (label == null) {
                return null;
            }
            out.add(label);
        }
        return out;
    }

    private static boolean hasElementChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static Label label(Element text, Element svg) {
        for (Node n = text.getParentNode(); n != svg && n instanceof Element e; n = n.getParentNode()) {
            if (NOT_DRAWN.contains(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                return null;
            }
        }
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return null;
            }
        }
        for (String attribute : UNSUPPORTED_ATTRIBUTES) {
            if (text.hasAttribute(attribute)) {
                return null;
            }
        }
        String content = text.getTextContent().replaceAll("[\\r\\n]", "").replace('\t', ' ').strip()
                .replaceAll(" {2,}", " ");
        double x = text.getAttribute("x").isBlank() ? 0 : length(text.getAttribute("x"));
        double y = text.getAttribute("y").isBlank() ? 0 : length(text.getAttribute("y"));
        double size = length(inherited(text, svg, "font-size", "16"));
        String weight = inherited(text, svg, "font-weight", "normal");
        String style = inherited(text, svg, "font-style", "normal");
        String anchor = inherited(text, svg, "text-anchor", "start");
        String baseline = inherited(text, svg, "dominant-baseline", "auto");
        FSRGBColor colour = colour(inherited(text, svg, "fill", "black"));
        if (content.isEmpty() || Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(size) || colour == null
                || !List.of("start", "middle", "end").contains(anchor)
                || !List.of("auto", "alphabetic").contains(baseline)
                || !inherited(text, svg, "display", "inline").equals("inline")
                || !inherited(text, svg, "visibility", "visible").equals("visible")) {
            return null;
        }
        for (Node n = text; n != svg.getParentNode() && n instanceof Element e; n = n.getParentNode()) {
            String transform = e.getAttribute("transform");
            if (transform.isBlank()) {
                continue;
            }
            Matcher m = TRANSLATE.matcher(transform);
            if (!m.matches()) {
                return null;
            }
            x += Double.parseDouble(m.group(1));
            y += m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        }
        boolean bold = weight.equals("bold") || weight.equals("bolder") || number(weight, 400) >= 600;
        boolean italic = style.equals("italic") || style.equals("oblique");
        return new Label(content, x, y, size, bold, italic, anchor, colour);
    }

    /** A property from the nearest element that sets it, as a {@code style} declaration or an attribute. */
    private static String inherited(Element from, Element svg, String property, String initial) {
        for (Node n = from; n instanceof Element e; n = n.getParentNode()) {
            for (String declaration : e.getAttribute("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).strip().equals(property)) {
                    return declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                }
            }
            if (e.hasAttribute(property)) {
                return e.getAttribute(property).strip().toLowerCase(Locale.ROOT);
            }
            if (e == svg) {
                break;
            }
        }
        return initial;
    }

    private static double[] viewBox(Element svg) {
        String[] parts = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        if (parts.length == 4) {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = number(parts[i], Double.NaN);
            }
            return Double.isNaN(box[0] + box[1] + box[2] + box[3]) || box[2] <= 0 || box[3] <= 0 ? null : box;
        }
        double width = length(svg.getAttribute("width"));
        double height = length(svg.getAttribute("height"));
        return width > 0 && height > 0 ? new double[] {0, 0, width, height} : null;
    }

    /** A length in user units or pixels ("12", "12px"); NaN for anything else. */
    static double length(String value) {
        String v = value.strip();
        return number(v.endsWith("px") ? v.substring(0, v.length() - 2) : v, Double.NaN);
    }

    private static double number(String value, double otherwise) {
        if (value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static FSRGBColor colour(String value) {
        if (value.equals("black")) {
            return new FSRGBColor(0, 0, 0);
        }
        if (value.equals("white")) {
            return new FSRGBColor(255, 255, 255);
        }
        if (value.matches("#[0-9a-f]{3}")) {
            int r = Integer.parseInt(value.substring(1, 2), 16);
            int g = Integer.parseInt(value.substring(2, 3), 16);
            int b = Integer.parseInt(value.substring(3, 4), 16);
            return new FSRGBColor(r * 17, g * 17, b * 17);
        }
        if (value.matches("#[0-9a-f]{6}")) {
            return new FSRGBColor(Integer.parseInt(value.substring(1), 16));
        }
        return null;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        batik.importFontFaceRules(fontFaces, shared);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        batik.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontFile(fontFile, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }
}
