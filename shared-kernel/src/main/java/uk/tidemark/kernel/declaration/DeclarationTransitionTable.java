package uk.tidemark.kernel.declaration;

import uk.tidemark.kernel.declaration.command.DecideDeclaration;
import uk.tidemark.kernel.declaration.command.NoteDeclaration;
import uk.tidemark.kernel.declaration.command.RecordDeclarationIncident;
import uk.tidemark.kernel.transition.TransitionRow;
import uk.tidemark.kernel.transition.Verdicts;

import java.util.*;

import static uk.tidemark.kernel.declaration.DeclarationState.*;

/**
 * The one table of which commands a declaration accepts in which state, and what a refusal says. The aggregate
 * checks it before its own rules (command-side {@code DeclarationTransitions}, which renders
 * docs/declaration-transitions.md from it); the declaration's page offers an action only where it allows it. A row
 * that leaves a state undecided fails when the class loads.
 */
public final class DeclarationTransitionTable {

    /** One command and, for each state in which it is refused, the sentence the user is given. */
    public record Row(Class<?> command, String action, Map<DeclarationState, String> refusals)
            implements TransitionRow<DeclarationState> {
    }

    private static final String AN_APPROVAL = "This is a request for approval; the headteacher decides it.";
    private static final String A_CONTACT = "This is a declared contact; it is noted, not approved or refused.";
    private static final String DECIDED = "The headteacher has already decided this request.";
    private static final String INCIDENT_ALREADY = "This contact has already been turned into an incident.";

    private static final List<Row> ROWS = List.of(
            row(NoteDeclaration.class, "note a declared contact (a safeguarding lead)")
                    .allowedIn(DECLARED)
                    .refusedIn("This contact has already been noted.", NOTED)
                    .refusedIn(INCIDENT_ALREADY, INCIDENT_LOGGED)
                    .refusedIn(AN_APPROVAL, AWAITING_DECISION, APPROVED, REFUSED).build(),
            row(RecordDeclarationIncident.class, "turn a declared contact into an incident (a safeguarding lead)")
                    .allowedIn(DECLARED, NOTED)
                    .refusedIn(INCIDENT_ALREADY, INCIDENT_LOGGED)
                    .refusedIn("A request for approval is not an incident; the headteacher decides it.",
                            AWAITING_DECISION, APPROVED, REFUSED).build(),
            row(DecideDeclaration.class, "approve or refuse an approval sought, with reasons (the headteacher)")
                    .allowedIn(AWAITING_DECISION)
                    .refusedIn(A_CONTACT, DECLARED, NOTED, INCIDENT_LOGGED)
                    .refusedIn(DECIDED, APPROVED, REFUSED).build());

    private DeclarationTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, DeclarationState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    public static boolean allows(Class<?> command, DeclarationState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static Verdicts<DeclarationState, Row> row(Class<?> command, String action) {
        return Verdicts.row(command, action, DeclarationState.class, Row::new);
    }
}
