package uk.tidemark.kernel.disciplinary;

import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.transition.TransitionRow;

import java.util.*;

import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * The one table of which commands a disciplinary case accepts at which stage, and what a refusal says to the HR
 * officer. The aggregate checks it before any command-specific rule (command-side {@code DisciplinaryTransitions},
 * which also renders docs/disciplinary-transitions.md from it); the case page offers an action only where this
 * table allows its command, so the page and the case cannot disagree about the stages.
 *
 * <p>Why resignation and the barring decision are allowed at every open stage: an employee can resign at any
 * time, and KCSIE expects the case to carry on to a conclusion and the referral duty to be met regardless.
 * Why a case can close before a hearing: an allegation can be withdrawn or found to have no case to answer.
 */
public final class DisciplinaryTransitionTable {

    /** One command and, for each stage in which it is refused, the sentence the HR officer is given. */
    public record Row(Class<?> command, String action, Map<DisciplinaryStage, String> refusals)
            implements TransitionRow<DisciplinaryStage> {
    }

    /** An allowed cell: no refusal sentence. */
    private static final String A = null;

    private static final Map<DisciplinaryStage, String> MEANINGS = new EnumMap<>(Map.of(
            OPENED, "opened, no investigator yet",
            INVESTIGATION, "an investigator is appointed",
            HEARING_ARRANGED, "the employee is invited to a hearing",
            HEARING_HELD, "the hearing took place, no outcome yet",
            OUTCOME, "the outcome is decided; the appeal window may be open",
            APPEAL, "the employee appealed; the appeal may be decided",
            CLOSED, "closed: nothing more happens to the case (a warning still expires on its own)"));

    private static final String NO_INVESTIGATOR = "Appoint an investigator before recording the investigation's findings.";
    private static final String INVESTIGATION_OVER = "The investigation is over once a hearing is arranged.";
    private static final String NOT_INVITED = "The employee has not been invited to a hearing yet; send the invitation first.";
    private static final String HEARING_DONE = "The hearing has already been held.";
    private static final String NO_HEARING = "An outcome can only be decided after the hearing has been held.";
    private static final String OUTCOME_DONE = "The outcome has already been decided; it can only be changed on appeal.";
    private static final String NO_OUTCOME = "There is no outcome to appeal against yet.";
    private static final String NO_APPEAL = "No appeal has been lodged in this case.";

    // stages, in order: OPENED, INVESTIGATION, HEARING_ARRANGED, HEARING_HELD, OUTCOME, APPEAL, CLOSED (A = allowed)
    private static final List<Row> ROWS = List.of(
            row(AppointInvestigator.class, "appoint (or replace) the investigator",
                    A, A, INVESTIGATION_OVER, INVESTIGATION_OVER, INVESTIGATION_OVER, INVESTIGATION_OVER,
                    closed("appointing an investigator")),
            row(RecordInvestigationFindings.class, "record the investigation's findings",
                    NO_INVESTIGATOR, A, INVESTIGATION_OVER, INVESTIGATION_OVER, INVESTIGATION_OVER, INVESTIGATION_OVER,
                    closed("recording findings")),
            row(InviteToHearing.class, "invite the employee to a hearing (again, to move the date)",
                    "Investigate first: appoint an investigator and record the findings before inviting the employee to a hearing.",
                    A, A, HEARING_DONE, HEARING_DONE, HEARING_DONE, closed("inviting the employee to a hearing")),
            row(RecordHearingHeld.class, "record that the hearing took place (on or after its date), and the companion",
                    NOT_INVITED, NOT_INVITED, A, HEARING_DONE, HEARING_DONE, HEARING_DONE,
                    closed("recording a hearing")),
            row(DecideOutcome.class, "decide the outcome, with reasons",
                    NO_HEARING, NO_HEARING, NO_HEARING, A, OUTCOME_DONE, OUTCOME_DONE, closed("deciding an outcome")),
            row(LodgeAppeal.class, "lodge the employee's appeal",
                    NO_OUTCOME, NO_OUTCOME, NO_OUTCOME, NO_OUTCOME, A, "An appeal has already been lodged in this case.",
                    closed("lodging an appeal")),
            row(DecideAppeal.class, "decide the appeal: not upheld (the outcome stands), or upheld (overturned or varied)",
                    NO_APPEAL, NO_APPEAL, NO_APPEAL, NO_APPEAL, NO_APPEAL, A, closed("deciding an appeal")),
            row(RecordResignation.class, "record the employee's resignation",
                    A, A, A, A, A, A, closed("recording a resignation")),
            row(RecordBarringReferralDecision.class, "record the DBS (and for a teacher, TRA) referral decision",
                    A, A, A, A, A, A, closed("recording a referral decision")),
            row(CloseDisciplinaryCase.class, "close the case, with the rationale",
                    A, A, A, "The hearing has been held; decide the outcome before closing the case.", A, A,
                    "This case is already closed."),
            // a closed case too: an outcome letter often goes after the case is closed (decision 0049)
            row(RecordDisciplinaryLetterSent.class, "record that a letter generated from the case was sent "
                            + "(invitations, outcome, appeal outcome)",
                    A, A, A, A, A, A, A),
            // a closed case too: a reference changes how a case is named, not what happened in it (decision 0038)
            row(AssignDisciplinaryCaseReference.class, "give a case opened before references existed its reference "
                            + "(sent once by the application at start; a case that has one keeps it)",
                    A, A, A, A, A, A, A));

    private DisciplinaryTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** What {@code stage} means, in a few words. */
    public static String meaning(DisciplinaryStage stage) {
        return MEANINGS.get(stage);
    }

    /** The refusal for {@code command} at {@code stage}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, DisciplinaryStage stage) {
        return TransitionRow.refusal(ROWS, command, stage);
    }

    /** Whether the table lets {@code command} be sent at {@code stage} (its own rules may still refuse it). */
    public static boolean allows(Class<?> command, DisciplinaryStage stage) {
        return TransitionRow.find(ROWS, command).allows(stage);
    }

    private static String closed(String doing) {
        return "This case is closed; nothing more can be done on it, including " + doing + ".";
    }

    private static Row row(Class<?> command, String action, String... byStage) {
        if (byStage.length != DisciplinaryStage.values().length) {
            throw new IllegalStateException(command.getSimpleName() + " needs one cell per stage");
        }
        Map<DisciplinaryStage, String> refusals = new EnumMap<>(DisciplinaryStage.class);
        for (DisciplinaryStage stage : DisciplinaryStage.values()) {
            if (byStage[stage.ordinal()] != null) {
                refusals.put(stage, byStage[stage.ordinal()]);
            }
        }
        return new Row(command, action, Collections.unmodifiableMap(refusals));
    }
}
