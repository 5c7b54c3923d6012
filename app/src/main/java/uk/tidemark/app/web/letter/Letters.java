package uk.tidemark.app.web.letter;

import org.springframework.stereotype.Component;
import uk.tidemark.app.web.pdf.HtmlPdf;
import uk.tidemark.kernel.letter.LetterKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter generated from a case (decision 0049): the trust's template filled with the case's facts, on its
 * letterhead, as a PDF (openhtmltopdf, as the quarterly report) whose text is real text. A fact the case does not
 * have yet reads "[to be confirmed]", so a letter is never silently missing a date.
 */
@Component
public class Letters {

    /** What a missing fact reads as. */
    public static final String TO_BE_CONFIRMED = "[to be confirmed]";
    /** The facts a template may use, by letter; shown to the administrator beside the template. */
    public static final Map<String, List<String>> FACTS = Map.of(
            "DISCIPLINARY", List.of("organisation", "date", "sender", "reference", "employeeName",
                    "allegation", "investigator", "findings", "hearingDate", "hearingTime", "place", "noticeDays",
                    "heldOn", "outcome", "reasons", "appealDeadline", "appealDecision"),
            "COMPLAINT", List.of("organisation", "date", "sender", "reference", "complainant", "summary",
                    "receivedOn", "responseDays", "findings", "reasons", "howToEscalate", "panelHeldOn",
                    "panelMembers", "panelDecision", "panelReasons"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    /** A letter: its title, its text (paragraphs), the PDF, and the SHA-256 of its text, which the case records. */
    public record Letter(LetterKind kind, String title, List<String> letterhead, List<String> paragraphs, byte[] pdf,
                         String sha256) {
        public String text() {
            return String.join("\n", letterhead) + "\n\n" + String.join("\n\n", paragraphs);
        }
    }

    private final LetterTemplates templates;

    Letters(LetterTemplates templates) {
        this.templates = templates;
    }

    /** The letter of {@code kind} for the trust, with {@code facts} filled in. */
    public Letter generate(String trustId, LetterKind kind, Map<String, String> facts) {
        List<String> head = fill(templates.of(trustId, LetterTemplates.LETTERHEAD).body(), facts).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : fill(templates.of(trustId, kind.name()).body(), facts).split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        String date = facts.getOrDefault("date", "");
        byte[] pdf = pdf(kind.title(), head, date, paragraphs);
        String text = String.join("\n", head) + "\n\n" + String.join("\n\n", paragraphs);
        return new Letter(kind, kind.title(), head, paragraphs, pdf, sha256(text));
    }

    /** {@code template} with each {@code {{name}}} replaced by its fact ("[to be confirmed]" when it has none). */
    static String fill(String template, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? TO_BE_CONFIRMED
                    : value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] pdf(String title, List<String> head, String date, List<String> paragraphs) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>").append(HtmlPdf.esc(title))
                .append("</title><style>@page{size:A4;margin:22mm 20mm}")
                .append("body{font-family:Helvetica,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#0b0c0c}")
                .append(".head{text-align:right;margin-bottom:12mm}.head p{margin:0}.date{margin:0 0 8mm}")
                .append("p{margin:0 0 4mm;white-space:pre-wrap}</style></head><body><div class=\"head\">");
        for (String line : head) {
            h.append("<p>").append(HtmlPdf.esc(line)).append("</p>");
        }
        h.append("</div><p class=\"date\">").append(HtmlPdf.esc(date)).append("</p>");
        for (String paragraph : paragraphs) {
            h.append("<p>").append(HtmlPdf.esc(paragraph)).append("</p>");
        }
        h.append("</body></html>");
        return HtmlPdf.render(h.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
