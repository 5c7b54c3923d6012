package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.web.page.Choice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.evidence.FileKinds;
import uk.tidemark.app.evidence.Sizes;

/**
 * How the incident pages word the API's values: instants in UK time, dates, enum constants as words. Called from
 * templates as {@code ${@caseWords.at(c.loggedAt())}}.
 */
@Component("caseWords")
public class IncidentWords {

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
                .map(v -> Choice.words(v).toLowerCase(java.util.Locale.UK)).toList());
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
