package uk.tidemark.command.disciplinary;

import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.command.*;

import java.util.*;

import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * The one place that says which commands a disciplinary case accepts at which stage, and what a refusal says to
 * the HR officer. The aggregate checks this table before any command-specific rule ({@link DisciplinaryRule});
 * the docs are rendered from it ({@link #toMarkdown()}) and a test fails when they differ.
 *
 * <p>Why resignation and the barring decision are allowed at every open stage: an employee can resign at any
 * time, and KCSIE expects the case to carry on to a conclusion and the referral duty to be met regardless.
 * Why a case can close before a hearing: an allegation can be withdrawn or found to have no case to answer.
 */
final class DisciplinaryTransitions {

    /** One command and, for each stage in which it is refused, the sentence the HR officer is given. */
    record Row(Class<?> command, String action, Map<DisciplinaryStage, String> refusals) {
        boolean allows(DisciplinaryStage stage) {
            return !refusals.containsKey(stage);
        }
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
            row(RecordHearingHeld.class, "record that the hearing took place, and the companion",
                    NOT_INVITED, NOT_INVITED, A, HEARING_DONE, HEARING_DONE, HEARING_DONE,
                    closed("recording a hearing")),
            row(DecideOutcome.class, "decide the outcome, with reasons",
                    NO_HEARING, NO_HEARING, NO_HEARING, A, OUTCOME_DONE, OUTCOME_DONE, closed("deciding an outcome")),
            row(LodgeAppeal.class, "lodge the employee's appeal",
                    NO_OUTCOME, NO_OUTCOME, NO_OUTCOME, NO_OUTCOME, A, "An appeal has already been lodged in this case.",
                    closed("lodging an appeal")),
            row(DecideAppeal.class, "decide the appeal: upheld, overturned or varied",
                    NO_APPEAL, NO_APPEAL, NO_APPEAL, NO_APPEAL, NO_APPEAL, A, closed("deciding an appeal")),
            row(RecordResignation.class, "record the employee's resignation",
                    A, A, A, A, A, A, closed("recording a resignation")),
            row(RecordBarringReferralDecision.class, "record the DBS (and for a teacher, TRA) referral decision",
                    A, A, A, A, A, A, closed("recording a referral decision")),
            row(CloseDisciplinaryCase.class, "close the case, with the rationale",
                    A, A, A, "The hearing has been held; decide the outcome before closing the case.", A, A,
                    "This case is already closed."));

    private DisciplinaryTransitions() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} at {@code stage}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, DisciplinaryStage stage) {
        return Optional.ofNullable(rowOf(command).refusals().get(stage));
    }

    /** Throws the table's refusal when {@code command} is not allowed at {@code stage}. */
    static void check(Object command, DisciplinaryStage stage) {
        refusal(command.getClass(), stage).ifPresent(sentence -> {
            throw new DisciplinaryRuleViolation(sentence);
        });
    }

    private static Row rowOf(Class<?> command) {
        return ROWS.stream().filter(row -> row.command().equals(command)).findFirst()
                // a handler without a row is a programming error, not a refusal the HR officer should see
                .orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " has no row in the table"));
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

    /** docs/disciplinary-transitions.md, rendered from the table and the command-specific rules. */
    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# HR disciplinary case: transitions and rules\n\n")
                .append("<!-- Generated from DisciplinaryTransitions and DisciplinaryRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=DisciplinaryTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`OpenDisciplinaryCase` starts a case at OPENED, by HR directly or on an incident's referral; ")
                .append("the opener is the signed-in user (the `actor` metadata). Every command must name its actor. ")
                .append("A command on an existing case is then checked against the table, then against the ")
                .append("command-specific rules. A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## Stages\n\n");
        for (DisciplinaryStage stage : DisciplinaryStage.values()) {
            md.append("- **").append(stage).append("**: ").append(MEANINGS.get(stage)).append('\n');
        }
        md.append("\n## Commands by stage\n\n| Command | What it does |");
        for (DisciplinaryStage stage : DisciplinaryStage.values()) {
            md.append(' ').append(stage).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(DisciplinaryStage.values().length)).append('\n');
        for (Row row : ROWS) {
            md.append("| `").append(row.command().getSimpleName()).append("` | ").append(row.action()).append(" |");
            for (DisciplinaryStage stage : DisciplinaryStage.values()) {
                md.append(row.allows(stage) ? " allowed" : " refused: " + row.refusals().get(stage)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once the table allows the command.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (DisciplinaryRule rule : DisciplinaryRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.template()).append(" |\n");
        }
        md.append("\n## Deadlines the case sets\n\n")
                .append("Each is a `DeadlineSet` in the case's stream, then a `DeadlineMet`, `DeadlineMissed` (when its ")
                .append("time comes first) or `DeadlineCancelled`; the schedules are durable Axon deadlines, so they ")
                .append("survive a restart. They answer to the HR user who opened the case, or to HR as a group when a ")
                .append("DSL's referral opened it (the referring DSL is never told of them). HEARING_NOTICE is an ")
                .append("obligation; APPEAL_WINDOW and WARNING_EXPIRY are periods that end by themselves: their end ")
                .append("meets them and they are never missed. Working days skip weekends and the bank holidays of ")
                .append("the setting's calendar (England and Wales, Scotland or Northern Ireland), and a day ends at ")
                .append("midnight in London.\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| HEARING_NOTICE, one per hearing date | `InvitedToHearing`; an invitation to another date cancels ")
                .append("the one for the old date | the end of the hearing date | `HearingHeld`; missed if the hearing ")
                .append("is not recorded by then; cancelled if the case is closed first |\n")
                .append("| APPEAL_WINDOW | `OutcomeDecided` with any outcome but NO_ACTION | the end of the policy's ")
                .append("appeal window in working days after the outcome (5 by default) | `AppealLodged`, or the end of ")
                .append("the window, which applies `AppealWindowClosed` first unless an appeal came in |\n")
                .append("| WARNING_EXPIRY | `OutcomeDecided` with a first or final written warning, or `AppealDecided` ")
                .append("that varies the outcome to one | the policy's months after the outcome (6 and 12 by default), ")
                .append("at the same time of day in London; a varied warning counts from the original outcome | the end ")
                .append("of the period, which applies `WarningExpired`, on a closed case too; cancelled when an appeal ")
                .append("overturns or varies the warning (a varied one sets its own) |\n");
        return md.toString();
    }
}
