package uk.tidemark.app.web.complaint;

import uk.tidemark.app.web.letter.Letters;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts of a complaint that its letters carry (decision 0049), by the names the templates use
 * ({@link Letters#FACTS}), and which letters the complaint can send now.
 */
final class ComplaintLetters {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ComplaintLetters() {
    }

    static Map<String, String> facts(ComplaintDetail c, String organisation, String sender, int responseDays,
                                     Instant now) {
        Map<String, String> f = new HashMap<>();
        f.put("organisation", organisation);
        f.put("date", WrittenDates.day(LocalDate.ofInstant(now, LONDON)));
        f.put("sender", sender);
        f.put("reference", c.reference() != null ? c.reference() : "");
        f.put("complainant", c.complainant());
        f.put("summary", c.summary());
        f.put("receivedOn", WrittenDates.day(c.receivedOn() != null ? c.receivedOn()
                : LocalDate.ofInstant(c.receivedAt(), LONDON)));
        f.put("responseDays", String.valueOf(responseDays));
        if (c.formal() != null) {
            f.put("findings", c.formal().findings());
            f.put("reasons", c.formal().reasons());
            f.put("howToEscalate", c.formal().howToEscalate());
        }
        if (c.panel() != null) {
            f.put("panelHeldOn", c.panel().heldOn() == null ? null : WrittenDates.day(c.panel().heldOn()));
            f.put("panelMembers", c.panel().panelMembers() == null || c.panel().panelMembers().isEmpty() ? null
                    : String.join(", ", c.panel().panelMembers()));
            f.put("panelDecision", c.panel().decision() == null ? null : switch (c.panel().decision()) {
                case UPHELD -> "your complaint is upheld";
                case PARTLY_UPHELD -> "your complaint is partly upheld";
                case NOT_UPHELD -> "your complaint is not upheld";
            });
            f.put("panelReasons", c.panel().reasons());
        }
        return f;
    }

    /** The letters the complaint can send now: each once what it tells has happened (the complaint checks it too). */
    static List<LetterKind> ready(ComplaintDetail c) {
        List<LetterKind> ready = new ArrayList<>(List.of(LetterKind.COMPLAINT_ACKNOWLEDGEMENT));
        if (c.formal() != null && c.formal().respondedAt() != null) {
            ready.add(LetterKind.COMPLAINT_RESPONSE);
        }
        if (c.panel() != null && c.panel().decision() != null) {
            ready.add(LetterKind.PANEL_DECISION);
        }
        return ready;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.UK);
    }
}
