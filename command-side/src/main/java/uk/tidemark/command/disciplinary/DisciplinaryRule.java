package uk.tidemark.command.disciplinary;

import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.time.DateWindow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command-specific rules, checked after the transition table allowed the command in the case's stage. The
 * aggregate decides when a rule is broken; the wording lives here so that the refusal and the generated docs
 * (docs/disciplinary-transitions.md) cannot drift apart. A {@code {name}} in a sentence is filled in when the
 * rule is broken.
 */
enum DisciplinaryRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata), because every entry in "
                    + "an HR record is attributed.",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    DATES_IN_THE_WINDOW(Object.class,
            "Every date a command carries (the hearing date, a resignation's date) is between 1900-01-01 and "
                    + "2100-12-31, so that deadlines can be counted from it and every view can store and show it "
                    + "(decision 0027). The refusal names the field and is answered as bad input (400).",
            "The {field} " + DateWindow.OUTSIDE),
    FINDINGS_BEFORE_HEARING(InviteToHearing.class,
            "The employee is told the case against them before a hearing, so the findings come first (ACAS Code).",
            "Record the investigation's findings before inviting the employee to a hearing."),
    RIGHT_TO_BE_ACCOMPANIED(InviteToHearing.class,
            "The invitation states the employee's right to be accompanied by a colleague or union representative.",
            "The invitation must tell the employee of their right to be accompanied at the hearing."),
    HEARING_NOTICE(InviteToHearing.class,
            "The hearing date gives at least the policy's notice in working days, counted from the day of the "
                    + "invitation (weekends and bank holidays do not count).",
            "A hearing needs at least {days} working days' notice; the earliest date it can be held is {date}."),
    HEARING_HELD_NOT_IN_THE_FUTURE(RecordHearingHeld.class,
            "A hearing is recorded once it has been held: the day it was held (today when none is given) is not "
                    + "later than today (UK time).",
            "A hearing can only be recorded once it has taken place; the day it was held cannot be in the future."),
    HEARING_NOT_HELD_YET(RecordHearingHeld.class,
            "A hearing is recorded as held on or after the date it was set for, never before it (decision 0047). "
                    + "The refusal (`HearingBeforeItsDate`) names `heldOn` and is answered as bad input (400).",
            "The hearing is set for {date}; it cannot be recorded as held on {held}, before that day."),
    NOTHING_TO_APPEAL(LodgeAppeal.class,
            "An outcome of no action imposes nothing, so there is nothing to appeal against.",
            "No action was taken against the employee, so there is nothing to appeal against."),
    APPEAL_WINDOW_CLOSED(LodgeAppeal.class,
            "An appeal is lodged within the policy's appeal window in working days after the outcome.",
            "The time for an appeal ended on {date}; an appeal can no longer be lodged."),
    APPEAL_DECISION_IN_ACAS_TERMS(DecideAppeal.class,
            "An appeal is decided in ACAS terms (decision 0047): NOT_UPHELD when the original decision stands, "
                    + "OVERTURNED or VARIED when the appeal is upheld. UPHELD, which once meant that the outcome "
                    + "stands, is refused: it reads as the opposite.",
            "Say whether the appeal is not upheld (the original decision stands), or upheld: the outcome overturned "
                    + "or replaced by another."),
    VARIED_NEEDS_AN_OUTCOME(DecideAppeal.class,
            "A varied decision names the outcome that replaces the first one, and only a varied decision does.",
            "When the appeal varies the outcome, say what the new outcome is (and only then)."),
    APPEAL_ALREADY_DECIDED(DecideAppeal.class,
            "An appeal is decided once; its decision is final.",
            "This appeal has already been decided, and its decision is final."),
    ALREADY_RESIGNED(RecordResignation.class,
            "A resignation is recorded once.",
            "The employee's resignation has already been recorded."),
    TRA_DECISION_FOR_A_TEACHER(RecordBarringReferralDecision.class,
            "For a teacher the decision covers a referral to the Teaching Regulation Agency as well as the DBS; "
                    + "for anyone else there is no TRA decision to record.",
            "{who}"),
    LETTER_FROM_THE_CASE(RecordDisciplinaryLetterSent.class,
            "A letter is one of an HR case's letters, and what it tells has happened: the hearing invitation "
                    + "once the employee is invited, the outcome letter once the outcome is decided, the appeal "
                    + "outcome once the appeal is decided (decision 0049).",
            "{letter}"),
    APPEAL_WINDOW_OPEN(CloseDisciplinaryCase.class,
            "A case is not closed while the employee can still appeal.",
            "The employee can still appeal until {date}; close the case after that."),
    APPEAL_UNDECIDED(CloseDisciplinaryCase.class,
            "A case with an appeal is closed once the appeal is decided.",
            "An appeal has been lodged; decide it before closing the case."),
    BARRING_DECISION_REQUIRED(CloseDisciplinaryCase.class,
            "A case about harm to children that ends in a dismissal, or in a resignation before the outcome, "
                    + "cannot close before the DBS referral decision (and for a teacher the TRA decision) is recorded.",
            "This case concerns harm to children and ended in {ending}; record the decision on a referral to the "
                    + "DBS{tra} before closing it.");

    /** The two wordings of {@link #TRA_DECISION_FOR_A_TEACHER}, which the docs show in full. */
    static final String TEACHER_NEEDS_TRA = "The employee is a teacher: record the decision on a referral to the "
            + "Teaching Regulation Agency as well as to the DBS.";
    static final String ONLY_TEACHERS_TO_TRA = "The employee is not a teacher, so there is no Teaching Regulation "
            + "Agency decision to record; record the DBS decision only.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    private final Class<?> command;
    private final String rule;
    private final String sentence;

    DisciplinaryRule(Class<?> command, String rule, String sentence) {
        this.command = command;
        this.rule = rule;
        this.sentence = sentence;
    }

    /** How the docs name the command the rule applies to. */
    String commandName() {
        return command == Object.class ? "every command" : "`" + command.getSimpleName() + "`";
    }

    String rule() {
        return rule;
    }

    /** The refusal as written, placeholders included: what the docs show. */
    String template() {
        return this == TRA_DECISION_FOR_A_TEACHER ? TEACHER_NEEDS_TRA + " / " + ONLY_TEACHERS_TO_TRA : sentence;
    }

    /** The refusal with its placeholders filled in, in order. */
    String sentence(String... values) {
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int next = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values[next++]));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    DisciplinaryRuleViolation violation(String... values) {
        return new DisciplinaryRuleViolation(sentence(values));
    }
}
