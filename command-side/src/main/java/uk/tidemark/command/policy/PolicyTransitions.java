package uk.tidemark.command.policy;

import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.kernel.policy.PolicyTransitionTable;
import uk.tidemark.kernel.policy.PolicyTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The aggregate's use of {@link PolicyTransitionTable}: the check before any rule ({@link PolicyRule}), and
 * docs/policy-transitions.md rendered from the table and the rules ({@link #toMarkdown()}); a test fails when the
 * docs differ.
 */
final class PolicyTransitions {

    private PolicyTransitions() {
    }

    static void check(Object command, PolicyState state) {
        PolicyTransitionTable.refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new PolicyRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Policies and training records: transitions and rules\n\n")
                .append("<!-- Generated from PolicyTransitions and PolicyRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=PolicyTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`PublishPolicy` starts a policy of one setting in PUBLISHED, as version 1; whoever publishes ")
                .append("it is the signed-in user (the `actor` metadata). A command on an existing policy is checked ")
                .append("against the table, then against the command-specific rules. A refused command changes ")
                .append("nothing and answers with the sentence shown (409, or 400 where a rule says so).\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (PolicyState state : PolicyState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (PolicyState state : PolicyState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(PolicyState.values().length)).append('\n');
        for (Row row : PolicyTransitionTable.rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (PolicyState state : PolicyState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : PolicyTransitionTable.rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", allowed(row))).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<PolicyState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once ")
                .append("the table allows the command. A training record (`RecordTraining`, `RemoveTrainingRecord`) ")
                .append("has no states: only these rules.\n\n| Command | Rule | Refusal |\n|---|---|---|\n");
        for (PolicyRule rule : PolicyRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## Deadlines a policy sets\n\n")
                .append("Each version sets, for every person it asks, a POLICY_ACKNOWLEDGEMENT deadline owned by that ")
                .append("person, at the end of the last of `tidemark.policies.acknowledge-days` (default 10) working ")
                .append("days of the setting's calendar, counted from the day of the event. Asking more people later ")
                .append("gives each of them the same timescale from that day. When the timescale is longer than three ")
                .append("working days, each person who has not acknowledged by 09:00 on the third working day before ")
                .append("their deadline is reminded (`PolicyAcknowledgementReminded`, told to them alone).\n\n")
                .append("| Deadline | Set by | Met by | Cancelled by | Missed tells |\n|---|---|---|---|---|\n")
                .append("| POLICY_ACKNOWLEDGEMENT (one per person and version) | `PolicyPublished`, ")
                .append("`PolicyVersionPublished`, `AcknowledgementAsked` | `PolicyAcknowledged` | ")
                .append("`PolicyVersionPublished` (the earlier version's), `PolicyRetired` | the person and the ")
                .append("setting's headteachers |\n");
        return md.toString();
    }

    private static List<String> allowed(Row row) {
        return Arrays.stream(PolicyState.values()).filter(row::allows).map(Enum::name).toList();
    }
}
