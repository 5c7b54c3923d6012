package uk.tidemark.app.web.disciplinary;

import uk.tidemark.app.web.letter.Letters;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.time.ZoneId;

/**
 * The facts of an HR case that its letters carry (decision 0049), by the names the templates use
 * ({@link Letters#FACTS}), and which letters the case can send now.
 */
final class DisciplinaryLetters {

    private DisciplinaryLetters() {
    }

    static Map<String, String> facts(DisciplinaryCaseDetail c, String organisation, String sender, int noticeDays,
                                     Instant now) {
        Map<String, String> f = new HashMap<>();
        f.put("organisation", organisation);
        f.put("date", WrittenDates.day(LocalDate.ofInstant(now, ZoneId.of("Europe/London"))));
        f.put("sender", sender);
        f.put("reference", c.reference() != null ? c.reference() : "");
        f.put("employeeName", c.employeeName());
        f.put("allegation", c.allegation());
        f.put("investigator", c.investigator());
        f.put("findings", c.findings());
        f.put("noticeDays", String.valueOf(noticeDays));
        if (c.hearing() != null) {
            f.put("hearingDate", WrittenDates.day(c.hearing().hearingOn()));
            f.put("hearingTime", c.hearing().hearingAt() == null ? null : new HrFormat().time(c.hearing().hearingAt()));
            f.put("place", c.hearing().place());
            f.put("heldOn", c.hearing().heldOn() != null ? WrittenDates.day(c.hearing().heldOn())
                    : c.hearing().heldAt() != null ? WrittenDates.day(LocalDate.ofInstant(c.hearing().heldAt(), ZoneId.of("Europe/London")))
                    : null);
        }
        if (c.outcome() != null) {
            f.put("outcome", DisciplinaryActions.words(c.outcome().outcome()).toLowerCase(java.util.Locale.UK));
            f.put("reasons", c.outcome().reasons());
            f.put("appealDeadline", c.outcome().appealWindowClosesAt() == null ? null
                    : WrittenDates.day(LocalDate.ofInstant(c.outcome().appealWindowClosesAt(), ZoneId.of("Europe/London"))));
        }
        if (c.appeal() != null && c.appeal().decision() != null) {
            f.put("appealDecision", DisciplinaryActions.appealWords(c.appeal().decision(), c.appeal().variedOutcome())
                    .toLowerCase(java.util.Locale.UK));
            f.put("reasons", c.appeal().reasons());
        }
        return f;
    }

    /** The letters the case can send now: each once what it tells has happened (the case checks it too). */
    static List<LetterKind> ready(DisciplinaryCaseDetail c) {
        List<LetterKind> ready = new java.util.ArrayList<>(List.of(LetterKind.INVESTIGATION_MEETING_INVITATION));
        if (c.hearing() != null) {
            ready.add(LetterKind.HEARING_INVITATION);
        }
        if (c.outcome() != null) {
            ready.add(LetterKind.DISCIPLINARY_OUTCOME);
        }
        if (c.appeal() != null && c.appeal().decision() != null) {
            ready.add(LetterKind.APPEAL_OUTCOME);
        }
        return ready;
    }
}
