package uk.tidemark.kernel.policy;

import uk.tidemark.kernel.policy.command.*;
import uk.tidemark.kernel.transition.TransitionRow;

import java.util.*;

import static uk.tidemark.kernel.policy.PolicyState.*;

/**
 * The one table of which commands a policy accepts in which state, and what a refusal says. The aggregate checks
 * it before its own rules (command-side {@code PolicyTransitions}, which renders docs/policy-transitions.md from
 * it); the policy's page offers an action only where this table allows it. {@code PublishPolicy} starts a policy
 * and has no row. A row that leaves a state undecided fails when the class loads.
 */
public final class PolicyTransitionTable {

    /** One command and, for each state in which it is refused, the sentence the headteacher or member of staff sees. */
    public record Row(Class<?> command, String action, Map<PolicyState, String> refusals)
            implements TransitionRow<PolicyState> {
    }

    public static final String RETIRED_REFUSAL = "This policy has been withdrawn; nobody is asked to acknowledge it.";

    private static final List<Row> ROWS = List.of(
            row(PublishPolicyVersion.class, "publish a new version: everyone it names is asked again")
                    .refusedIn("This policy has been withdrawn; publish it as a new policy instead.", RETIRED),
            row(AskToAcknowledge.class, "ask people not asked at publication (who joined since) to acknowledge it")
                    .refusedIn(RETIRED_REFUSAL, RETIRED),
            row(AcknowledgePolicy.class, "record that the signed-in member of staff has read and understood it")
                    .refusedIn(RETIRED_REFUSAL, RETIRED),
            row(RetirePolicy.class, "withdraw it: acknowledgements still pending are no longer asked for")
                    .refusedIn("This policy has already been withdrawn.", RETIRED));

    private PolicyTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, PolicyState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    public static boolean allows(Class<?> command, PolicyState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static RowBuilder row(Class<?> command, String action) {
        return new RowBuilder(command, action);
    }

    /** A row is allowed in every state it does not refuse, so no state is left undecided. */
    private record RowBuilder(Class<?> command, String action) {
        Row refusedIn(String sentence, PolicyState... states) {
            Map<PolicyState, String> refusals = new EnumMap<>(PolicyState.class);
            for (PolicyState state : states) {
                refusals.put(state, sentence);
            }
            return new Row(command, action, Collections.unmodifiableMap(refusals));
        }
    }
}
