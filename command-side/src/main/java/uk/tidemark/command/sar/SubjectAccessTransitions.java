package uk.tidemark.command.sar;

import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.kernel.sar.SubjectAccessTransitionTable;
import uk.tidemark.kernel.sar.SubjectAccessTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate's use of {@link SubjectAccessTransitionTable}: the check before any rule of its own, and
 * docs/subject-access-transitions.md rendered from the table and the rules ({@link #toMarkdown()}); a test fails when
 * the docs differ.
 */
final class SubjectAccessTransitions {

    private SubjectAccessTransitions() {
    }

    static List<Row> rows() {
        return SubjectAccessTransitionTable.rows();
    }

    static Optional<String> refusal(Class<?> command, SubjectAccessState state) {
        return SubjectAccessTransitionTable.refusal(command, state);
    }

    static void check(Object command, SubjectAccessState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new SubjectAccessRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Subject access request: transitions and rules\n\n")
                .append("<!-- Generated from SubjectAccessTransitions and SubjectAccessRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=SubjectAccessTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`ReceiveSubjectAccessRequest` starts a request in RECEIVED (decision 0053). Only a safeguarding ")
                .append("lead of the request's setting, or a trust-wide one, sends these commands (checked by the server ")
                .append("before the command is sent). A command on an existing request is checked against the table, ")
                .append("then against the rules. A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (SubjectAccessState state : SubjectAccessState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (SubjectAccessState state : SubjectAccessState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(SubjectAccessState.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (SubjectAccessState state : SubjectAccessState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", Arrays.stream(SubjectAccessState.values())
                            .filter(row::allows).map(Enum::name).toList())).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<SubjectAccessState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Rules\n\nChecked once the table allows the command (the actor first).\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (SubjectAccessRule rule : SubjectAccessRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## The deadline a request sets\n\n")
                .append("| Deadline | Set by | Due | Met by | Owner |\n|---|---|---|---|---|\n")
                .append("| SUBJECT_ACCESS_RESPONSE | `SubjectAccessRequestReceived` | the end of `dueOn`: the ")
                .append("corresponding calendar date of the next month from the day received (the last day of that ")
                .append("month when it has none), moved to the next working day from a weekend or bank holiday; ")
                .append("`SubjectAccessExtended` cancels it and sets one two further months on | ")
                .append("`SubjectAccessReleased` or `SubjectAccessRefused` | nobody in particular: a miss tells the ")
                .append("setting's safeguarding leads |\n");
        return md.toString();
    }
}
