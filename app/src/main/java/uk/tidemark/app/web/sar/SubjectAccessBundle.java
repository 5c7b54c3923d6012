package uk.tidemark.app.web.sar;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.pdf.HtmlPdf;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundle a subject access request releases (decision 0053): the records found, redacted, as a PDF for the person
 * (openhtmltopdf, as the letters and the board pack) and as JSON for completeness. Both are made from the same
 * redacted content; what is released is stored and served byte for byte ({@code SubjectAccessBundles}).
 */
final class SubjectAccessBundle {

    /** The redacted content, as the JSON holds it. */
    record Content(String requestId, String person, LocalDate receivedOn, LocalDate releasedOn, String withheld,
                   List<Part> records) {
    }

    record Part(String title, String setting, List<Line> entries) {
    }

    record Line(String at, String what, String text) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SubjectAccessBundle() {
    }

    static Content content(SubjectAccessView request, SubjectAccessRecords.Found found, LocalDate releasedOn,
                           String withheld) {
        List<Part> parts = new ArrayList<>();
        for (SubjectAccessRecords.Section section : found.sections()) {
            List<Line> lines = new ArrayList<>();
            for (SubjectAccessRecords.Entry entry : section.entries()) {
                lines.add(new Line(entry.at() == null ? null : LondonTimes.fullWithTime(entry.at()), entry.what(),
                        Redaction.apply(entry.text(), entry.key(), request.redactions(), request.personName(),
                                entry.others())));
            }
            parts.add(new Part(section.title(), section.settingName(), lines));
        }
        return new Content(request.id(), request.personName(), request.receivedOn(), releasedOn, withheld, parts);
    }

    static byte[] json(Content content) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
    }

    static byte[] pdf(Content content) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>Your records</title>")
                .append("<style>@page{size:A4;margin:20mm}body{font-family:Helvetica,Arial,sans-serif;")
                .append("font-size:11pt;line-height:1.4;color:#0b0c0c}h1{font-size:20pt}h2{font-size:14pt;")
                .append("margin-top:8mm}p{margin:0 0 3mm;white-space:pre-wrap}.at{color:#505a5f}</style></head><body>")
                .append("<h1>The records we hold about ").append(esc(content.person())).append("</h1>")
                .append("<p>Your request was received on ").append(esc(LondonTimes.full(content.receivedOn())))
                .append(" and answered on ").append(esc(LondonTimes.full(content.releasedOn()))).append(".</p>")
                .append("<p>Other people's names are replaced by their role, and some passages read ")
                .append(Redaction.REDACTED).append(" where they are about someone else.</p>");
        if (content.withheld() != null) {
            h.append("<p>Some information is withheld: ").append(esc(content.withheld())).append("</p>");
        }
        for (Part part : content.records()) {
            h.append("<h2>").append(esc(part.title()));
            if (part.setting() != null) {
                h.append(", ").append(esc(part.setting()));
            }
            h.append("</h2>");
            if (part.entries().isEmpty()) {
                h.append("<p>Nothing is recorded.</p>");
            }
            for (Line line : part.entries()) {
                h.append("<p><span class=\"at\">").append(esc(line.at() == null ? "" : line.at() + ". "))
                        .append("</span>").append(esc(line.what())).append(": ").append(esc(line.text()))
                        .append("</p>");
            }
        }
        h.append("</body></html>");
        return HtmlPdf.render(h.toString());
    }

    private static String esc(String text) {
        return HtmlPdf.esc(text);
    }
}
