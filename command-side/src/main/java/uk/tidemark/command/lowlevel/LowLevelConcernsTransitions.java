package uk.tidemark.command.lowlevel;

import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsTransitionTable;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsTransitionTable.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate's use of {@link LowLevelConcernsTransitionTable}, and docs/low-level-concern-transitions.md rendered
 * from it and the rules ({@link #toMarkdown()}); a test fails when the docs differ.
 */
final class LowLevelConcernsTransitions {

    private LowLevelConcernsTransitions() {
    }

    static List<Row> rows() {
        return LowLevelConcernsTransitionTable.rows();
    }

    static Optional<String> refusal(Class<?> command, LowLevelConcernsState state) {
        return LowLevelConcernsTransitionTable.refusal(command, state);
    }

    static void check(Object command, LowLevelConcernsState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new LowLevelConcernsRuleViolation(sentence);
        });
    }

    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Low-level concerns: transitions and rules\n\n")
                .append("<!-- Generated from LowLevelConcernsTransitions and LowLevelConcernsRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=LowLevelConcernsAggregateTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("One record per member of staff per setting (KCSIE Part 4), keyed by their account when the ")
                .append("incident links them to one, else by their name as written. The triage policy sends ")
                .append("`RecordLowLevelConcern` for every staff or volunteer SUBJECT of an incident triaged onto the ")
                .append("LOW_LEVEL_CONCERN route (it opens the record the first time), and `WithdrawLowLevelConcern` ")
                .append("when a later triage takes the incident onto another route. The same incident counts once, ")
                .append("however often it is sent.\n\n")
                .append("## States\n\n| State | Meaning |\n|---|---|\n");
        for (LowLevelConcernsState state : LowLevelConcernsState.values()) {
            md.append("| ").append(state).append(" | ").append(state.meaning()).append(" |\n");
        }
        md.append("\n## Commands by state\n\n| Command |");
        for (LowLevelConcernsState state : LowLevelConcernsState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(LowLevelConcernsState.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (LowLevelConcernsState state : LowLevelConcernsState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : rows()) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", Arrays.stream(LowLevelConcernsState.values())
                            .filter(row::allows).map(Enum::name).toList())).append(".\n\n");
            if (!row.refusals().isEmpty()) {
                md.append("| Refused in | Refusal |\n|---|---|\n");
                for (Map.Entry<LowLevelConcernsState, String> refusal : row.refusals().entrySet()) {
                    md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
                }
                md.append('\n');
            }
        }
        md.append("## Rules\n\n| Command | Rule | Refusal |\n|---|---|---|\n");
        for (LowLevelConcernsRule rule : LowLevelConcernsRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## The review the pattern prompts\n\n")
                .append("When a concern is counted and the concerns counted since the last review that happened within ")
                .append("`tidemark.low-level-concerns.review-window-months` (default 12) of today reach ")
                .append("`tidemark.low-level-concerns.review-threshold` (default 3), `LowLevelConcernReviewPrompted` ")
                .append("moves the record to REVIEW_DUE and sets a deadline; a concern withdrawn later leaves the ")
                .append("review due.\n\n")
                .append("| Deadline | Set by | Due | Met by | Owner |\n|---|---|---|---|---|\n")
                .append("| LOW_LEVEL_CONCERN_REVIEW | `LowLevelConcernReviewPrompted` | the end of `reviewBy`, ")
                .append("`tidemark.low-level-concerns.review-days` (default 5) working days on | ")
                .append("`LowLevelConcernReviewRecorded` | the setting's headteacher when it has exactly one who is not ")
                .append("the member of staff; otherwise nobody in particular, and a miss tells the setting's ")
                .append("headteachers (never the member of staff) |\n");
        return md.toString();
    }
}
