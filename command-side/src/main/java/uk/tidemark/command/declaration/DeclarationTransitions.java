package uk.tidemark.command.declaration;

import uk.tidemark.kernel.declaration.DeclarationState;
import uk.tidemark.kernel.declaration.DeclarationTransitionTable;
import uk.tidemark.kernel.declaration.DeclarationTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate's use of {@link DeclarationTransitionTable}: the check before any rule of its own, and
 * docs/declaration-transitions.md rendered from the table and the rules ({@link #toMarkdown()}); a test fails when
 * the docs differ.
 */
final class DeclarationTransitions {

    private DeclarationTransitions() {
    }

    static List<Row> rows() {
        return DeclarationTransitionTable.rows();
    }

    static Optional<String> refusal(Class<?> command, DeclarationState state) {
        return DeclarationTransitionTable.refusal(command, state);
    }

    static void check(Object command, DeclarationState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new DeclarationRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Staff declaration: transitions and rules\n\n")
                .append("<!-- Generated from DeclarationTransitions and DeclarationRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=DeclarationTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`MakeDeclaration` starts a declaration: a CONTACT (from a pupil, ex-pupil or parent on a ")
                .append("personal account) starts in DECLARED, an APPROVAL sought (to use the organisation's name, or ")
                .append("to run a work-related site or account) in AWAITING_DECISION. The declarer is the signed-in user ")
                .append("(the `actor` metadata). A command on an existing declaration is checked against the table, ")
                .append("then against the rules. A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (DeclarationState state : DeclarationState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (DeclarationState state : DeclarationState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(DeclarationState.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (DeclarationState state : DeclarationState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", Arrays.stream(DeclarationState.values())
                            .filter(row::allows).map(Enum::name).toList())).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<DeclarationState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Rules\n\nChecked once the table allows the command (the actor first).\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (DeclarationRule rule : DeclarationRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## The deadline an approval sets\n\n")
                .append("| Deadline | Set by | Due | Met by | Owner |\n|---|---|---|---|---|\n")
                .append("| DECLARATION_DECISION | `DeclarationMade` of an APPROVAL | the end of `decideBy`, ")
                .append("`tidemark.declarations.decision-days` (default 5) working days after the request on the ")
                .append("setting's calendar | `DeclarationDecided` (approved or refused) | the setting's headteacher ")
                .append("when it has exactly one; otherwise nobody in particular, and a miss tells the setting's ")
                .append("safeguarding leads |\n");
        return md.toString();
    }
}
