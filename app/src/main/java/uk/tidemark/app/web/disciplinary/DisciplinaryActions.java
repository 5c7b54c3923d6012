package uk.tidemark.app.web.disciplinary;

import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.DisciplinaryTransitionTable;
import uk.tidemark.kernel.disciplinary.command.AppointInvestigator;
import uk.tidemark.kernel.disciplinary.command.CloseDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.DecideAppeal;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.LodgeAppeal;
import uk.tidemark.kernel.disciplinary.command.RecordBarringReferralDecision;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.command.RecordInvestigationFindings;
import uk.tidemark.kernel.disciplinary.command.RecordResignation;
import uk.tidemark.kernel.disciplinary.ReferralDecision;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a disciplinary case as its page offers them: which make sense at the case's stage (read from the
 * case's own transition table; the case itself still decides, and a refused one is shown with its sentence),
 * the words of each field for the error summary, and the options of the choices.
 */
final class DisciplinaryActions {

    static final String INVESTIGATOR = "investigator";
    static final String FINDINGS = "findings";
    static final String INVITATION = "hearing-invitation";
    static final String HEARING = "hearing";
    static final String OUTCOME = "outcome";
    static final String APPEAL = "appeal";
    static final String APPEAL_DECISION = "appeal-decision";
    static final String RESIGNATION = "resignation";
    static final String BARRING = "barring-referral-decision";
    static final String CLOSE = "close";

    static final List<String> ALL = List.of(INVESTIGATOR, FINDINGS, INVITATION, HEARING, OUTCOME, APPEAL,
            APPEAL_DECISION, RESIGNATION, BARRING, CLOSE);

    /** Field labels, by action: the same words as beside the fields. */
    static final Map<String, Map<String, String>> LABELS = Map.of(
            INVESTIGATOR, Map.of("investigator", "Investigator"),
            FINDINGS, Map.of("findings", "Findings"),
            INVITATION, Map.of("hearingOn", "Hearing date", "rightToBeAccompaniedStated",
                    "The invitation states the right to be accompanied"),
            HEARING, Map.of("companion", "Who accompanied the employee (optional)"),
            OUTCOME, Map.of("outcome", "Outcome", "reasons", "Reasons for the outcome"),
            APPEAL, Map.of("grounds", "Grounds of appeal"),
            APPEAL_DECISION, Map.of("decision", "Appeal decision", "variedOutcome", "New outcome (if varied)",
                    "reasons", "Reasons for the appeal decision"),
            RESIGNATION, Map.of("effectiveOn", "Date the resignation takes effect"),
            BARRING, Map.of("dbs", "Referral to the DBS", "tra", "Referral to the Teaching Regulation Agency",
                    "reasons", "Reasons for the referral decision"),
            CLOSE, Map.of("rationale", "Why the case is closed"));

    static final Map<DisciplinaryOutcome, String> OUTCOME_WORDS = new LinkedHashMap<>();

    static {
        OUTCOME_WORDS.put(DisciplinaryOutcome.NO_ACTION, "No action");
        OUTCOME_WORDS.put(DisciplinaryOutcome.INFORMAL_ADVICE, "Informal advice");
        OUTCOME_WORDS.put(DisciplinaryOutcome.FIRST_WRITTEN_WARNING, "First written warning");
        OUTCOME_WORDS.put(DisciplinaryOutcome.FINAL_WRITTEN_WARNING, "Final written warning");
        OUTCOME_WORDS.put(DisciplinaryOutcome.DISMISSAL_WITH_NOTICE, "Dismissal with notice");
        OUTCOME_WORDS.put(DisciplinaryOutcome.SUMMARY_DISMISSAL, "Summary dismissal");
    }

    private DisciplinaryActions() {
    }

    static List<Choice> outcomes() {
        return Choice.of(DisciplinaryOutcome.class, OUTCOME_WORDS);
    }

    static List<Choice> appealDecisions() {
        return List.of(new Choice(AppealDecision.UPHELD.name(), "Upheld", "The outcome stands."),
                new Choice(AppealDecision.OVERTURNED.name(), "Overturned", "The outcome is set aside."),
                new Choice(AppealDecision.VARIED.name(), "Varied", "Another outcome replaces it: choose it below."));
    }

    static List<Choice> referralDecisions() {
        return List.of(new Choice(ReferralDecision.REFERRED.name(), "Referred"),
                new Choice(ReferralDecision.NOT_REFERRED.name(), "Not referred"));
    }

    static String words(DisciplinaryOutcome outcome) {
        return outcome == null ? "" : OUTCOME_WORDS.get(outcome);
    }

    /** Each action's command: the row of the case's transition table that decides at which stages it is offered. */
    private static final Map<String, Class<?>> COMMANDS = Map.of(
            INVESTIGATOR, AppointInvestigator.class,
            FINDINGS, RecordInvestigationFindings.class,
            INVITATION, InviteToHearing.class,
            HEARING, RecordHearingHeld.class,
            OUTCOME, DecideOutcome.class,
            APPEAL, LodgeAppeal.class,
            APPEAL_DECISION, DecideAppeal.class,
            RESIGNATION, RecordResignation.class,
            BARRING, RecordBarringReferralDecision.class,
            CLOSE, CloseDisciplinaryCase.class);

    /**
     * The actions that make sense now, in the order HR works: those the case's transition table allows at its
     * stage ({@link DisciplinaryTransitionTable}, the aggregate's own table), less those a command-specific rule
     * would refuse on what the case already holds (no findings yet, no appeal to decide, the appeal window closed,
     * a resignation already recorded).
     */
    static Set<String> available(DisciplinaryCaseDetail c) {
        Set<String> open = new LinkedHashSet<>();
        for (String action : ALL) {
            if (DisciplinaryTransitionTable.allows(COMMANDS.get(action), c.stage()) && holds(action, c)) {
                open.add(action);
            }
        }
        return open;
    }

    private static boolean holds(String action, DisciplinaryCaseDetail c) {
        return switch (action) {
            case INVITATION -> c.stage() != DisciplinaryStage.INVESTIGATION || c.findings() != null;
            case APPEAL -> c.appeal() == null && c.outcome() != null
                    && c.outcome().outcome() != DisciplinaryOutcome.NO_ACTION && !c.outcome().appealWindowClosed();
            case APPEAL_DECISION -> c.appeal() != null && c.appeal().decision() == null;
            case RESIGNATION -> c.resignation() == null;
            default -> true;
        };
    }

    /** The words of each action's button, and of the banner once it is done. */
    static String done(String action) {
        switch (action) {
            case INVESTIGATOR: return "The investigator is appointed.";
            case FINDINGS: return "The investigation's findings are recorded.";
            case INVITATION: return "The employee is invited to the hearing.";
            case HEARING: return "The hearing is recorded as held.";
            case OUTCOME: return "The outcome is decided.";
            case APPEAL: return "The appeal is lodged.";
            case APPEAL_DECISION: return "The appeal is decided.";
            case RESIGNATION: return "The resignation is recorded.";
            case BARRING: return "The barring referral decision is recorded.";
            case CLOSE: return "The case is closed.";
            default: return "Done.";
        }
    }
}
