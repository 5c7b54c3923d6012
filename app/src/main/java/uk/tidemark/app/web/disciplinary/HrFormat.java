package uk.tidemark.app.web.disciplinary;

import org.springframework.stereotype.Component;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How the HR and complaint pages write dates and codes, called from their templates as {@code @hrFormat}: dates as
 * people in England read them, in London time, and enum constants as words.
 */
@Component("hrFormat")
public class HrFormat {


    /** An {@link Instant} (in London) or a {@link LocalDate} written out, "Monday 9 March 2026"; nothing for null. */
    public String day(Object value) {
        if (value instanceof Instant at) {
            return LondonTimes.full(at);
        }
        if (value instanceof LocalDate date) {
            return LondonTimes.full(date);
        }
        return value == null ? "" : value.toString();
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

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
