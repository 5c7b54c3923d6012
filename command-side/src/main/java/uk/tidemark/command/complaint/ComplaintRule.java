package uk.tidemark.command.complaint;

import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.command.RecordPanelHearing;
import uk.tidemark.kernel.complaint.command.SchedulePanelHearing;
import uk.tidemark.kernel.time.DateRefusedException;
import uk.tidemark.kernel.time.DateWindow;

/**
 * The command-specific rules, checked after the transition table allowed the command in the complaint's state.
 * The aggregate decides when a rule is broken; the wording lives here so that the refusal and the generated
 * docs (docs/complaint-transitions.md) cannot drift apart.
 */
enum ComplaintRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata), because every step of a "
                    + "complaint is attributed.",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    DATES_IN_THE_WINDOW(Object.class,
            "Every date a command carries (the day a complaint was received, a panel hearing's date) is between 1900-01-01 and 2100-12-31, so that "
                    + "every view can store and show it (decision 0027). The refusal names the field and is answered "
                    + "as bad input (400).",
            "The {field} " + DateWindow.OUTSIDE),
    RECEIVED_NOT_IN_THE_FUTURE(ReceiveComplaint.class,
            "A complaint is recorded with the day it was received (today when none is given), which is not later "
                    + "than today (UK time); its timescales count from that day (decision 0047). The refusal names "
                    + "`receivedOn` and is answered as bad input (400).",
            "A complaint is recorded once it has been received; the day it was received cannot be in the future."),
    PANEL_SET_AFTER_ITS_REQUEST(SchedulePanelHearing.class,
            "A panel hearing is set for a day on or after the day the panel was asked for, and not in the past "
                    + "(UK time); setting it again moves it. A day later than the panel timescale is accepted and "
                    + "recorded as late. The refusal names `hearingOn` and is answered as bad input (400).",
            "A panel hearing is set for today or later, and not before {date}, the day the panel was asked for."),
    LETTER_FROM_THE_COMPLAINT(uk.tidemark.kernel.complaint.command.RecordComplaintLetterSent.class,
            "A letter is one of a complaint's letters, and what it tells has happened: the written response once "
                    + "it is recorded, the panel's decision once the panel has decided (decision 0049).",
            "Record what the letter tells before sending it: the written response, or the panel's decision."),
    HEARING_NOT_IN_THE_FUTURE(RecordPanelHearing.class,
            "A hearing is recorded once it has been held, so its date cannot be later than today (UK time).",
            "A panel hearing can only be recorded once it has taken place; its date cannot be in the future."),
    PANEL_MET_AFTER_ITS_REQUEST(RecordPanelHearing.class,
            "A panel cannot have met before it was asked for: the hearing's date is on or after the day of the "
                    + "request (UK time). The refusal names the field and is answered as bad input (400).",
            "The panel was asked for on {date}; its hearing cannot have taken place before that day."),
    PANEL_HELD_ON_OR_AFTER_ITS_DATE(RecordPanelHearing.class,
            "A panel hearing set ahead is recorded as held on or after the day it was set for, never before it "
                    + "(decision 0047). The refusal names `heldOn` and is answered as bad input (400).",
            "The panel hearing was set for {date}; it cannot be recorded as held before that day.");

    private final Class<?> command;
    private final String rule;
    private final String sentence;

    ComplaintRule(Class<?> command, String rule, String sentence) {
        this.command = command;
        this.rule = rule;
        this.sentence = sentence;
    }

    Class<?> command() {
        return command;
    }

    /** How the docs name the command the rule applies to. */
    String commandName() {
        return command == Object.class ? "every command" : "`" + command.getSimpleName() + "`";
    }

    String rule() {
        return rule;
    }

    String sentence() {
        return sentence;
    }

    /** A rule about one of the command's dates: refused naming its field, as bad input (400). */
    DateRefusedException dateRefusal(String field, String date) {
        return switch (this) {
            case PANEL_MET_AFTER_ITS_REQUEST ->
                    new DateRefusedException(field, "must not be before " + date + ", the day the panel was asked for.");
            case RECEIVED_NOT_IN_THE_FUTURE -> new DateRefusedException(field,
                    "must not be in the future: a complaint is recorded once it has been received.");
            case PANEL_SET_AFTER_ITS_REQUEST -> new DateRefusedException(field,
                    "must be today or later, and not before " + date + ", the day the panel was asked for.");
            case PANEL_HELD_ON_OR_AFTER_ITS_DATE -> new DateRefusedException(field,
                    "must not be before " + date + ", the day the panel hearing was set for.");
            default -> throw new IllegalStateException(name() + " is not a rule about a date");
        };
    }

    ComplaintRuleViolation violation() {
        return new ComplaintRuleViolation(sentence);
    }
}
