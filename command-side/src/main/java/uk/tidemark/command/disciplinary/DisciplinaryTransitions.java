package uk.tidemark.command.disciplinary;

import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.DisciplinaryTransitionTable;
import uk.tidemark.kernel.disciplinary.DisciplinaryTransitionTable.Row;

import java.util.*;

/**
 * The aggregate's use of {@link DisciplinaryTransitionTable} (in the kernel, where the case page reads it too): the
 * check before any command-specific rule ({@link DisciplinaryRule}), and docs/disciplinary-transitions.md, rendered
 * from the table and the rules ({@link #toMarkdown()}); a test fails when the docs differ.
 */
final class DisciplinaryTransitions {

    private DisciplinaryTransitions() {
    }

    static List<Row> rows() {
        return DisciplinaryTransitionTable.rows();
    }

    /** The refusal for {@code command} at {@code stage}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, DisciplinaryStage stage) {
        return DisciplinaryTransitionTable.refusal(command, stage);
    }

    /** Throws the table's refusal when {@code command} is not allowed at {@code stage}. */
    static void check(Object command, DisciplinaryStage stage) {
        refusal(command.getClass(), stage).ifPresent(sentence -> {
            throw new DisciplinaryRuleViolation(sentence);
        });
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
            md.append("- **").append(stage).append("**: ").append(DisciplinaryTransitionTable.meaning(stage)).append('\n');
        }
        md.append("\n## Commands by stage\n\n| Command | What it does |");
        for (DisciplinaryStage stage : DisciplinaryStage.values()) {
            md.append(' ').append(stage).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(DisciplinaryStage.values().length)).append('\n');
        for (Row row : rows()) {
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
