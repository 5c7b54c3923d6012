package uk.tidemark.command.officialaccount;

import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.OfficialAccountTransitionTable;
import uk.tidemark.kernel.officialaccount.OfficialAccountTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The aggregate's use of {@link OfficialAccountTransitionTable}: the check before any rule, and
 * docs/official-account-transitions.md rendered from the table and the rules; a test fails when the docs differ.
 */
final class OfficialAccountTransitions {

    private OfficialAccountTransitions() {
    }

    /** Throws the table's refusal when {@code command} is not allowed in {@code state}. */
    static void check(Object command, OfficialAccountState state) {
        OfficialAccountTransitionTable.refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new OfficialAccountRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Official social-media account: transitions and rules\n\n")
                .append("<!-- Generated from OfficialAccountTransitions and OfficialAccountRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=OfficialAccountTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`RequestOfficialAccount` starts an account of a setting in REQUESTED, naming its proposed lead; ")
                .append("whoever sends it (the `actor` metadata, any member of staff of the setting) is the requester. ")
                .append("A command on an existing account is checked against the table, then against the rules. A ")
                .append("refused command changes nothing and answers with the sentence shown (409; a date, 400).\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (OfficialAccountState state : OfficialAccountState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (OfficialAccountState state : OfficialAccountState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(OfficialAccountState.values().length)).append('\n');
        for (Row row : OfficialAccountTransitionTable.rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (OfficialAccountState state : OfficialAccountState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : OfficialAccountTransitionTable.rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", allowedStates(row))).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<OfficialAccountState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Rules\n\nChecked once the table allows the command (the actor first).\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (OfficialAccountRule rule : OfficialAccountRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## Deadlines the account sets\n\n")
                .append("Each is a deadline in the account's own stream (`DeadlineSet`, then `DeadlineMet`, ")
                .append("`DeadlineMissed` when its time comes first, or `DeadlineCancelled`), counted on the working-day ")
                .append("calendar of the account's setting and due at the end of its last day (midnight in London). ")
                .append("Closing or refusing the account cancels whatever is pending.\n\n")
                .append("| Deadline | Set by | Due | Falls to | Met by |\n|---|---|---|---|---|\n")
                .append("| ACCOUNT_REVIEW | `OfficialAccountApproved`, `OfficialAccountReviewed` | a year after the ")
                .append("approval or the last review | the lead | `OfficialAccountReviewed` |\n")
                .append("| MODERATOR_DBS_RENEWAL | `AccountPersonAdded` (a moderator with a DBS check date), ")
                .append("`ModeratorDbsChecked` | `tidemark.official-accounts.dbs-renewal-years` (default 3) years after ")
                .append("the check | the lead | the next `ModeratorDbsChecked`; cancelled when the moderator's access ends |\n")
                .append("| ACCOUNT_PASSWORD_CHANGE | `AccountPersonRemoved` on an ACTIVE account (removed, or their ")
                .append("Tidemark user disabled: `RecordAccessLost`) | one working day after the day they left | the ")
                .append("lead; the headteacher when the lead is the one leaving or the account has no lead | ")
                .append("`AccountPasswordChanged` on or after the day they left |\n")
                .append("| ACCOUNT_HANDOVER | `AccountPersonRemoved` of the lead on an ACTIVE account | ")
                .append("`tidemark.official-accounts.handover-days` (default 5) working days after | the headteacher ")
                .append("named by the command (the setting's) | `AccountLeadNamed` |\n");
        return md.toString();
    }

    private static List<String> allowedStates(Row row) {
        return Arrays.stream(OfficialAccountState.values()).filter(row::allows).map(Enum::name).toList();
    }
}
