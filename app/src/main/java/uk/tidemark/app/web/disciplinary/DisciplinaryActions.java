package uk.tidemark.app.web.disciplinary;

import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.DisciplinaryTransitionTable;
import uk.tidemark.kernel.disciplinary.ReferralDecision;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;

import java.util.LinkedHashMap;
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

    /** The case's actions: the {@link PageForm}s of its API, in the order of its transition table. */
    static final CaseActions ACTIONS = CaseActions.of(DisciplinaryCaseController.class, "/api/disciplinary-cases/{id}",
            "/hr/cases/{id}", DisciplinaryTransitionTable.rows().stream()
                    .<Class<?>>map(DisciplinaryTransitionTable.Row::command).toList());

    static final List<String> ALL = ACTIONS.names();

    /** Field labels, by action: the same words as beside the fields. */
    static final Map<String, Map<String, String>> LABELS = ACTIONS.labels();

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
        return List.of(new Choice(AppealDecision.NOT_UPHELD.name(), "Not upheld – the original decision stands",
                        "The appeal is dismissed: the outcome of the hearing is confirmed."),
                new Choice(AppealDecision.OVERTURNED.name(), "Upheld – the original decision is overturned",
                        "The employee's appeal succeeds: the outcome is set aside."),
                new Choice(AppealDecision.VARIED.name(), "Upheld in part – the outcome is changed",
                        "Another outcome replaces it: choose it below."));
    }

    static List<Choice> referralDecisions() {
        return List.of(new Choice(ReferralDecision.REFERRED.name(), "Referred"),
                new Choice(ReferralDecision.NOT_REFERRED.name(), "Not referred"));
    }

    /** An appeal's decision in ACAS terms (decision 0047): upheld means the employee succeeded. */
    static String appealWords(AppealDecision decision, DisciplinaryOutcome varied) {
        if (decision == null) {
            return "Not decided";
        }
        if (decision.originalStands()) {
            return "Not upheld – the original decision stands";
        }
        return decision == AppealDecision.VARIED
                ? "Upheld in part – the outcome is changed to " + words(varied).toLowerCase(java.util.Locale.UK)
                : "Upheld – the original decision is overturned";
    }

    static String words(DisciplinaryOutcome outcome) {
        return outcome == null ? "" : OUTCOME_WORDS.get(outcome);
    }

    /**
     * The actions that make sense now, in the order HR works: those the case's transition table allows at its
     * stage ({@link DisciplinaryTransitionTable}, the aggregate's own table), less those a command-specific rule
     * would refuse on what the case already holds (no findings yet, no appeal to decide, the appeal window closed,
     * a resignation already recorded).
     */
    static Set<String> available(DisciplinaryCaseDetail c) {
        Set<String> open = ACTIONS.offered(command -> DisciplinaryTransitionTable.allows(command, c.stage()));
        open.removeIf(action -> !holds(action, c));
        open.removeIf(action -> action.startsWith("letter-")); // the letters have a section of their own
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
}
