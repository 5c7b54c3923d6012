package uk.tidemark.app.web.disciplinary;

import org.springframework.stereotype.Component;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Dates;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the HR and complaint pages write dates and codes, called from their templates as {@code @hrFormat}: dates as
 * people in England read them, in London time, and enum constants as words.
 */
@Component("hrFormat")
public class HrFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** An {@link Instant} (in London) or a {@link LocalDate} written out, "Monday 9 March 2026"; nothing for null. */
    public String day(Object value) {
        return Dates.writtenOut(value);
    }

    /** "Monday 9 March 2026, 14:30", in London. */
    public String moment(Instant at) {
        return LondonTimes.fullWithTime(at);
    }

    /** An enum constant, or its name, as words: {@code HEARING_ARRANGED} → "Hearing arranged". */
    public String words(Object value) {
        if (value instanceof Enum<?> constant) {
            return Choice.words(constant);
        }
        return value == null ? "" : Choice.words(value.toString());
    }

    public String outcome(DisciplinaryOutcome outcome) {
        return outcome == null ? "Not decided" : DisciplinaryActions.words(outcome);
    }

    /** An appeal's decision in ACAS terms: "Not upheld – the original decision stands", "Upheld – …". */
    public String appeal(AppealDecision decision, DisciplinaryOutcome varied) {
        return DisciplinaryActions.appealWords(decision, varied);
    }

    /** A time of day as "10:30am"; nothing for null. */
    public String time(LocalTime at) {
        return at == null ? "" : TIME.format(at).toLowerCase(Locale.UK);
    }

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
