package uk.tidemark.command.disciplinary;

import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;

import java.time.Instant;

/**
 * The organisation's disciplinary timescales. The ACAS Code asks for "reasonable" notice and a prompt appeal
 * without fixing numbers, so they are configuration; the defaults are the ones the seed policies use.
 *
 * @param hearingNoticeDays   working days between the invitation and the earliest hearing date
 * @param appealWindowDays    working days after the outcome in which an appeal can be lodged
 * @param firstWarningMonths  how long a first written warning stays live
 * @param finalWarningMonths  how long a final written warning stays live
 */
public record DisciplinaryPolicy(int hearingNoticeDays, int appealWindowDays, int firstWarningMonths,
                                 int finalWarningMonths) {

    public static final DisciplinaryPolicy DEFAULTS = new DisciplinaryPolicy(5, 5, 6, 12);

    public DisciplinaryPolicy {
        // the calendar counts working days from 1, and a warning that expires at once is no warning
        if (hearingNoticeDays < 1 || appealWindowDays < 1 || firstWarningMonths < 1 || finalWarningMonths < 1) {
            throw new IllegalArgumentException("disciplinary timescales must be at least 1: " + hearingNoticeDays
                    + ", " + appealWindowDays + ", " + firstWarningMonths + ", " + finalWarningMonths);
        }
    }

    /** When a warning given at {@code from} expires; null for an outcome that is not a written warning. */
    Instant warningExpiry(DisciplinaryOutcome outcome, Instant from) {
        if (outcome == null || !outcome.isWrittenWarning()) {
            return null;
        }
        int months = outcome == DisciplinaryOutcome.FIRST_WRITTEN_WARNING ? firstWarningMonths : finalWarningMonths;
        // calendar months in UK time, so a warning given at 10:00 in winter expires at 10:00 in summer
        return from.atZone(WorkingCalendar.UK).plusMonths(months).toInstant();
    }
}
