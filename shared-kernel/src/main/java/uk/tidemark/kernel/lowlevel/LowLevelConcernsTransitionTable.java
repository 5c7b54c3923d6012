package uk.tidemark.kernel.lowlevel;

import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcern;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcernReview;
import uk.tidemark.kernel.lowlevel.command.WithdrawLowLevelConcern;
import uk.tidemark.kernel.transition.TransitionRow;

import java.util.*;

import static uk.tidemark.kernel.lowlevel.LowLevelConcernsState.*;

/**
 * Which commands a member of staff's low-level concerns record accepts in which state, and what a refusal says
 * (rendered into docs/low-level-concern-transitions.md by the command side). Concerns come and go in any state; a
 * review is recorded only when one is due.
 */
public final class LowLevelConcernsTransitionTable {

    public record Row(Class<?> command, String action, Map<LowLevelConcernsState, String> refusals)
            implements TransitionRow<LowLevelConcernsState> {
    }

    private static final List<Row> ROWS = List.of(
            new Row(RecordLowLevelConcern.class, "count an incident triaged as a low-level concern (the policy, on "
                    + "the triage; the same incident once)", Map.of()),
            new Row(WithdrawLowLevelConcern.class, "stop counting an incident triaged again onto another route",
                    Map.of()),
            new Row(RecordLowLevelConcernReview.class, "record the review the pattern prompted, with its outcome",
                    Map.of(NO_REVIEW_DUE, "No review is due for this member of staff: the pattern that prompts one "
                            + "has not been reached since the last review.")));

    private LowLevelConcernsTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    public static Optional<String> refusal(Class<?> command, LowLevelConcernsState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    public static boolean allows(Class<?> command, LowLevelConcernsState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

}
