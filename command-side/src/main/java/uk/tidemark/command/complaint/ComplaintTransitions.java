package uk.tidemark.command.complaint;

import uk.tidemark.kernel.complaint.ComplaintState;
import uk.tidemark.kernel.complaint.ComplaintTransitionTable;
import uk.tidemark.kernel.complaint.ComplaintTransitionTable.Row;

import java.util.*;

/**
 * The aggregate's use of {@link ComplaintTransitionTable} (in the kernel, where the complaint's page reads it too):
 * the check before any command-specific rule ({@link ComplaintRule}), and docs/complaint-transitions.md, rendered
 * from the table and the rules ({@link #toMarkdown()}); a test fails when the docs differ.
 */
final class ComplaintTransitions {

    private ComplaintTransitions() {
    }

    static List<Row> rows() {
        return ComplaintTransitionTable.rows();
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, ComplaintState state) {
        return ComplaintTransitionTable.refusal(command, state);
    }

    /** Throws the table's refusal when {@code command} is not allowed in {@code state}. */
    static void check(Object command, ComplaintState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new ComplaintRuleViolation(sentence);
        });
    }

    /** docs/complaint-transitions.md, rendered from the table and the command-specific rules. */
    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Complaint: transitions and rules\n\n")
                .append("<!-- Generated from ComplaintTransitions and ComplaintRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=ComplaintTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`ReceiveComplaint` starts a complaint in RECEIVED; whoever records it is the signed-in user ")
                .append("(the `actor` metadata). Every command must name its actor (the first rule below). A command on ")
                .append("an existing complaint is then checked against the table, then against the rest of the ")
                .append("command-specific rules. A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n| State | Stage on the register | Meaning |\n|---|---|---|\n");
        for (ComplaintState state : ComplaintState.values()) {
            md.append("| ").append(state).append(" | ").append(state.stage()).append(" | ")
                    .append(state.meaning()).append(" |\n");
        }
        md.append("\n## Timescales\n\n")
                .append("Counted in school days from the day of the event, which itself never counts; school days are ")
                .append("the working days of the setting's calendar (weekends and the bank holidays of England and ")
                .append("Wales, Scotland or Northern Ireland) in the setting's terms, less its holidays, as an ")
                .append("administrator entered them (decision 0048); working days when it has no term dates.\n\n")
                .append("| Event | Sets | Property | Default |\n|---|---|---|---|\n")
                .append("| `ComplaintReceived` | `acknowledgeBy` | `tidemark.complaints.acknowledge-days` | 5 |\n")
                .append("| `EscalatedToFormalStage` | `formalResponseDueBy` | `tidemark.complaints.formal-response-days` | 15 |\n")
                .append("| `PanelRequested` | `panelDueBy` | `tidemark.complaints.panel-days` | 20 |\n")
                .append("\n## Commands by state\n\nAt a glance (the refusals follow, command by command):\n\n| Command |");
        for (ComplaintState state : ComplaintState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(ComplaintState.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (ComplaintState state : ComplaintState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", allowedStates(row))).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<ComplaintState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once the table allows the command.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (ComplaintRule rule : ComplaintRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## Deadlines the complaint sets\n\n")
                .append("Each timescale is also a deadline at the end of its last school day (midnight in London): a ")
                .append("`DeadlineSet` in the complaint's stream, then a `DeadlineMet`, `DeadlineMissed` (when its time ")
                .append("comes first) or `DeadlineCancelled`; the schedules are durable Axon deadlines, so they survive ")
                .append("a restart. They answer to the user who received the complaint (for one redirected from an ")
                .append("incident, the DSL who redirected it). Withdrawing or closing the complaint cancels whatever ")
                .append("is still pending.\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| COMPLAINT_ACKNOWLEDGEMENT | `ComplaintReceived` | the end of `acknowledgeBy` | ")
                .append("`ComplaintAcknowledged` |\n")
                .append("| COMPLAINT_RESPONSE | `EscalatedToFormalStage` | the end of `formalResponseDueBy` | ")
                .append("`FormalResponseRecorded` |\n")
                .append("| COMPLAINT_PANEL | `PanelRequested` | the end of `panelDueBy` | `PanelHearingRecorded` (when it ")
                .append("is recorded, whatever date the hearing was held on) |\n");
        return md.toString();
    }

    private static List<String> allowedStates(Row row) {
        return Arrays.stream(ComplaintState.values()).filter(row::allows).map(Enum::name).toList();
    }
}
