package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.web.page.Choice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.evidence.FileKinds;
import uk.tidemark.app.evidence.Sizes;

/**
 * How the incident pages word the API's values: instants in UK time, dates, enum constants as words. Called from
 * templates as {@code ${@caseWords.at(c.loggedAt())}}.
 */
@Component("caseWords")
public class IncidentWords {

    private static final Pattern SEVERITY = Pattern.compile("^Triaged as (LOW|MEDIUM|HIGH|CRITICAL)\\b");
    private static final Pattern ASSIGNED = Pattern.compile("^Assigned to (\\S+?)(?=:|$)");
    private static final Pattern LINKED = Pattern.compile(" identified as the user (\\S+)$");

    /** A chronology line as the page shows it: its heading in bold (none when the sentence says it), then the rest. */
    public record Line(String head, String rest) {
    }

    private final DisplayNames names;

    public IncidentWords(DisplayNames names) {
        this.names = names;
    }

    /**
     * A chronology entry as one line, without saying its type twice ("Incident logged: Logged: …" →
     * "Incident logged: …"; "Referral acknowledged: Referral acknowledged (ref …)" → "Referral acknowledged (ref …)"),
     * and with people by their names, not usernames. The stored sentence (the API's {@code summary}) is unchanged.
     */
    public Line line(String type, String summary) {
        String head = type(type);
        String text = summary == null ? "" : summary;
        text = SEVERITY.matcher(text).replaceFirst(m -> "Triaged as " + m.group(1).toLowerCase(Locale.ENGLISH)
                + " severity");
        if ("INCIDENT_ASSIGNED".equals(type)) {
            text = ASSIGNED.matcher(text).replaceFirst(m -> Matcher.quoteReplacement("Assigned to " + names.of(m.group(1))));
        } else if ("PERSON_LINKED_TO_USER".equals(type)) {
            text = LINKED.matcher(text).replaceFirst(m -> Matcher.quoteReplacement(" identified as the Tidemark user "
                    + names.of(m.group(1))));
        }
        String[] words = text.split("[\\s:(]+", 3);
        if (!sharesStem(words[0], head) && !(words.length > 1 && sharesStem(words[1], head))) {
            return new Line(head, text);
        }
        int colon = text.indexOf(": ");
        String before = colon < 0 ? "" : text.substring(0, colon);
        if (colon > 0 && !before.contains("(") && before.split(" ").length <= 3) {
            return new Line(head, text.substring(colon + 2)); // "Logged: x" under "Incident logged" → "x"
        }
        return new Line(null, text); // the sentence names what happened: "Triaged as high severity", "Reopened"
    }

    /** Whether a word starts like one of the heading's ("Logged" and "Incident logged", "Note" and "Note added"). */
    private static boolean sharesStem(String word, String heading) {
        if (word.length() < 4) {
            return false;
        }
        String stem = word.substring(0, 4).toLowerCase(Locale.ENGLISH);
        for (String w : heading.toLowerCase(Locale.ENGLISH).split(" ")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    public String at(Instant at) {
        return LondonTimes.dateAndTime(at);
    }

    public String day(LocalDate day) {
        return LondonTimes.day(day);
    }

    public String of(Enum<?> value) {
        return value == null ? "Not set" : Choice.words(value);
    }

    /** Enum constants as words in a sentence, joined: "image consent breach, defamation". */
    public String list(List<? extends Enum<?>> values) {
        return values == null ? "" : String.join(", ", values.stream()
                .map(Choice::inSentence).toList());
    }

    /** Whether {@code values} holds the constant named {@code name} (a form's checkbox for it is ticked). */
    public boolean holds(List<? extends Enum<?>> values, String name) {
        return values != null && values.stream().anyMatch(v -> v.name().equals(name));
    }

    /** A file's size as people write it: "45 KB", "3.2 MB". */
    public String size(long bytes) {
        return Sizes.inWords(bytes);
    }

    /** A file's type as people name it: "PNG image", "PDF document", "MP4 video", "Text file". */
    public String fileType(String contentType) {
        return FileKinds.of(contentType);
    }

    public String type(String constant) {
        return constant == null || constant.isBlank() ? "Not set" : Choice.words(constant);
    }
}
