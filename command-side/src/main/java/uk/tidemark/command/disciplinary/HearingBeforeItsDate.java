package uk.tidemark.command.disciplinary;

import uk.tidemark.kernel.time.DateRefusedException;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.LocalDate;

/**
 * A hearing recorded as held before the date it was set for: the case refuses it (decision 0047). A date refusal,
 * so the API answers 400 naming {@code heldOn} and the page shows it beside that field; {@link #getMessage()} is the
 * sentence for anyone else.
 */
public class HearingBeforeItsDate extends DateRefusedException {

    private final LocalDate hearingOn;
    private final LocalDate heldOn;

    HearingBeforeItsDate(LocalDate hearingOn, LocalDate heldOn) {
        super("heldOn", "must not be before " + WrittenDates.day(hearingOn) + ", the day the hearing was set for: "
                + "a hearing can only be recorded as held on or after its date.");
        this.hearingOn = hearingOn;
        this.heldOn = heldOn;
    }

    /** The sentence a refusal shows where no field is beside it. */
    @Override
    public String getMessage() {
        return DisciplinaryRule.HEARING_NOT_HELD_YET.sentence(WrittenDates.day(hearingOn), WrittenDates.day(heldOn));
    }

    public LocalDate hearingOn() {
        return hearingOn;
    }

    public LocalDate heldOn() {
        return heldOn;
    }
}
