package uk.tidemark.app.web.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The HTML to PDF step (openhtmltopdf) of what leaves Tidemark as a plain document: the subject access bundle
 * (decision 0053), the case bundle (decision 0054) and the letters (decision 0049) render through it alike. The board
 * pack has its own, with embedded fonts and tagged for accessibility.
 */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    /** The PDF of a complete XHTML document. */
    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text as XHTML: markup characters escaped, control characters (but new lines and tabs) dropped. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
