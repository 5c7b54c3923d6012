package uk.tidemark.app.web.bundle;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.pdf.HtmlPdf;
import uk.tidemark.app.web.sar.Redaction;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.time.Instant;
import java.util.*;
import java.util.function.Function;

/**
 * What a case bundle says of the case (decision 0054), as {@code case.json} and, in words, as {@code case.pdf}: the
 * summary, the people, the chronology, the warnings, the actions on online content, the referrals and the files.
 * People by their names, never usernames; times as instants in the JSON (an import keeps them) and written out in the
 * PDF. With third parties redacted, everyone on the case but its subjects and targets reads as their role (the
 * subject access bundle's redaction), wherever their name stands.
 */
final class CaseBundleContent {

    record Content(String caseId, String reference, String setting, String recipient, boolean redactThirdParties,
                   Instant exportedAt, String exportedBy, Summary summary, List<PersonLine> people,
                   List<ChronologyLine> chronology, List<WarningLine> warnings, List<ActionLine> actions,
                   List<ReferralLine> referrals, List<FileLine> files) {
    }

    record Summary(String category, String platform, Instant occurredAt, Instant loggedAt, String reportedBy,
                   String status, String severity, String text) {
    }

    record PersonLine(String name, String role, String involvement) {
    }

    record ChronologyLine(long sequence, Instant at, String type, String by, String what) {
    }

    record WarningLine(String person, String kind, String text, Instant issuedAt, String issuedBy, String response) {
    }

    record ActionLine(String action, String reference, String note, Instant at, String by) {
    }

    record ReferralLine(String agency, String reason, String reference, Instant at, String by, Instant acknowledgedAt) {
    }

    /** {@code capturedAt}: when the file was taken, as the uploader gave it (an import keeps it). */
    record FileLine(String name, String description, String sha256, Instant capturedAt) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CaseBundleContent() {
    }

    /**
     * @param names    a username as the person's name
     * @param words    an enum constant in words
     * @param files    the files the bundle holds, by evidence id: their names in the ZIP
     */
    static Content of(IncidentDetail c, List<ChronologyEntry> entries, String setting, String recipient,
                      boolean redact, Instant exportedAt, String exportedBy, Function<String, String> names,
                      Function<Enum<?>, String> words, Map<String, String> files) {
        List<Person> people = c.people() == null ? List.of() : c.people();
        Map<String, String> others = new LinkedHashMap<>();
        StringBuilder kept = new StringBuilder();
        Map<String, String> byId = new HashMap<>();
        for (Person p : people) {
            boolean thirdParty = redact && p.involvement() != Involvement.SUBJECT && p.involvement() != Involvement.TARGET;
            if (thirdParty) {
                others.put(p.name(), Redaction.roleWords(p.role()));
            } else {
                kept.append(p.name()).append(' ');
            }
            byId.put(p.personId().value(), thirdParty ? Redaction.roleWords(p.role()) : p.name());
        }
        Function<String, String> r = text -> text == null ? null
                : Redaction.replaceNames(text, kept.toString().strip(), others);
        Summary summary = new Summary(words.apply(c.category()), words.apply(c.platform()), c.occurredAt(),
                c.loggedAt(), names.apply(c.reportedBy()), words.apply(c.status()),
                c.severity() == null ? null : words.apply(c.severity()), r.apply(c.summary()));
        List<PersonLine> personLines = people.stream().map(p -> new PersonLine(byId.get(p.personId().value()),
                words.apply(p.role()), words.apply(p.involvement()))).toList();
        List<ChronologyLine> chronology = entries.stream().map(e -> new ChronologyLine(e.sequence(), e.at(),
                e.type(), names.apply(e.actor()), r.apply(e.summary()))).toList();
        List<WarningLine> warnings = nonNull(c.warnings()).stream().map(w -> new WarningLine(
                w.personId() == null ? null : byId.get(w.personId()), words.apply(w.kind()), r.apply(w.text()),
                w.issuedAt(), names.apply(w.issuedBy()), w.response() == null ? null : words.apply(w.response())))
                .toList();
        List<ActionLine> actions = nonNull(c.contentActions()).stream().map(a -> new ActionLine(
                words.apply(a.action()), a.reference(), r.apply(a.note()), a.at(), names.apply(a.actor()))).toList();
        List<ReferralLine> referrals = nonNull(c.referrals()).stream().map(f -> new ReferralLine(
                words.apply(f.agency()), r.apply(f.reason()), f.reference(), f.at(), names.apply(f.actor()),
                f.acknowledgedAt())).toList();
        List<FileLine> fileLines = nonNull(c.evidence()).stream().filter(e -> files.containsKey(e.evidenceId()))
                .map(e -> new FileLine(files.get(e.evidenceId()), r.apply(e.description()), e.sha256(),
                        e.capturedAt())).toList();
        return new Content(c.id(), c.reference(), setting, recipient, redact, exportedAt, exportedBy, summary,
                personLines, chronology, warnings, actions, referrals, fileLines);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static byte[] json(Content content) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
    }

    static byte[] pdf(Content c) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>Case ")
                .append(esc(c.reference())).append("</title><style>@page{size:A4;margin:20mm}body{font-family:")
                .append("Helvetica,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#0b0c0c}h1{font-size:20pt}")
                .append("h2{font-size:14pt;margin-top:8mm}p{margin:0 0 3mm;white-space:pre-wrap}.at{color:#505a5f}")
                .append("</style></head><body><h1>Case ").append(esc(c.reference())).append(", ")
                .append(esc(c.setting())).append("</h1><p>A copy for ").append(esc(c.recipient()))
                .append(", exported on ").append(esc(LondonTimes.fullWithTime(c.exportedAt()))).append(" by ")
                .append(esc(c.exportedBy())).append(". Its files and their SHA-256 are listed in manifest.json, ")
                .append("signed by the school's Tidemark.</p>");
        if (c.redactThirdParties()) {
            h.append("<p>People other than those the case is about are named by their role.</p>");
        }
        Summary s = c.summary();
        h.append("<h2>Summary</h2>");
        line(h, null, "What", s.category() + " on " + s.platform());
        line(h, null, "When it happened", s.occurredAt() == null ? "Not known" : LondonTimes.happened(s.occurredAt()));
        line(h, null, "Reported", LondonTimes.fullWithTime(s.loggedAt()) + " by " + s.reportedBy());
        line(h, null, "Where it stands", s.status() + (s.severity() == null ? "" : ", " + s.severity() + " severity"));
        line(h, null, "What was reported", s.text());
        section(h, "People", c.people(), p -> line(h, null, p.name(), p.role() + ", " + p.involvement()));
        section(h, "Chronology", c.chronology(), e -> line(h, e.at(), e.by(), e.what()));
        section(h, "Warnings", c.warnings(), w -> line(h, w.issuedAt(), w.kind() + (w.person() == null ? ""
                : " to " + w.person()), w.text() + (w.response() == null ? "" : " Response: " + w.response())));
        section(h, "Actions on online content", c.actions(), a -> line(h, a.at(), a.action(),
                (a.reference() == null ? "" : "Reference " + a.reference() + ". ") + (a.note() == null ? "" : a.note())));
        section(h, "Referrals", c.referrals(), f -> line(h, f.at(), f.agency(), f.reason()
                + (f.reference() == null ? "" : " Reference " + f.reference() + ".")
                + (f.acknowledgedAt() == null ? " Not acknowledged yet."
                : " Acknowledged " + LondonTimes.fullWithTime(f.acknowledgedAt()) + ".")));
        section(h, "Files", c.files(), f -> line(h, null, f.name(), f.description() + " SHA-256 " + f.sha256()));
        h.append("</body></html>");
        return HtmlPdf.render(h.toString());
    }

    private static <T> void section(StringBuilder h, String title, List<T> items, java.util.function.Consumer<T> each) {
        h.append("<h2>").append(esc(title)).append("</h2>");
        if (items.isEmpty()) {
            h.append("<p>None.</p>");
        }
        items.forEach(each);
    }

    private static void line(StringBuilder h, Instant at, String what, String text) {
        h.append("<p>");
        if (at != null) {
            h.append("<span class=\"at\">").append(esc(LondonTimes.fullWithTime(at))).append(". </span>");
        }
        h.append(esc(what)).append(": ").append(esc(text)).append("</p>");
    }

    private static String esc(String text) {
        return HtmlPdf.esc(text);
    }
}
