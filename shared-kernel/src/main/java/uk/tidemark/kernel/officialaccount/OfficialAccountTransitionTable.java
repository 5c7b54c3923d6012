package uk.tidemark.kernel.officialaccount;

import uk.tidemark.kernel.officialaccount.command.*;
import uk.tidemark.kernel.transition.TransitionRow;
import uk.tidemark.kernel.transition.Verdicts;

import java.util.*;

import static uk.tidemark.kernel.officialaccount.OfficialAccountState.*;

/**
 * The one table of which commands an official account accepts in which state, and what a refusal says. The
 * aggregate checks it before its own rules (command-side {@code OfficialAccountTransitions}, which renders
 * docs/official-account-transitions.md from it); the account's page offers an action only where this table allows
 * it. Refused and closed accounts refuse everything with the same two sentences.
 */
public final class OfficialAccountTransitionTable {

    /** One command and, for each state in which it is refused, the sentence given. */
    public record Row(Class<?> command, String action, Map<OfficialAccountState, String> refusals)
            implements TransitionRow<OfficialAccountState> {
    }

    public static final String REFUSED_REFUSAL = "This account was refused; nothing more can be recorded on it.";
    public static final String CLOSED_REFUSAL = "This account is closed; nothing more can be recorded on it.";

    private static final String NOT_IN_USE = "This account has not been approved yet, so it is not in use.";
    private static final String DECIDED = "The headteacher has already approved this account.";

    private static final List<Row> ROWS = List.of(
            row(ApproveOfficialAccount.class, "approve the account asked for (the headteacher, never the requester)")
                    .allowedIn(REQUESTED).refusedIn(DECIDED, ACTIVE).build(),
            row(RefuseOfficialAccount.class, "refuse the account asked for, saying why (the headteacher, never the "
                    + "requester)")
                    .allowedIn(REQUESTED)
                    .refusedIn(DECIDED + " Close it if it is no longer wanted.", ACTIVE).build(),
            row(AddAccountPerson.class, "give someone access as an administrator or a moderator")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(RecordModeratorDbsCheck.class, "record a moderator's (renewed) DBS check")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(RemoveAccountPerson.class, "take someone's access away (the lead's too)")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(RecordAccessLost.class, "end the access of someone whose Tidemark user an administrator disabled "
                    + "(sent by the application)")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(NameAccountLead.class, "name the new lead of an account whose lead left")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(RecordCredentialsLocation.class, "say where the credentials are kept (never the credentials)")
                    .allowedIn(REQUESTED, ACTIVE).build(),
            row(RecordPasswordChanged.class, "record that the password was changed, and when")
                    .allowedIn(ACTIVE).refusedIn(NOT_IN_USE, REQUESTED).build(),
            row(ReviewOfficialAccount.class, "record the yearly review and what it found")
                    .allowedIn(ACTIVE).refusedIn(NOT_IN_USE + " Approve it first.", REQUESTED).build(),
            // a closed account too: an old account taken over, or an incident found after it closed
            row(RecordIncidentOnAccount.class, "name an incident case that happened on the account")
                    .allowedIn(ACTIVE, CLOSED).refusedIn(NOT_IN_USE, REQUESTED).buildEvenWhenFinished(),
            row(CloseOfficialAccount.class, "close the account, saying why")
                    .allowedIn(ACTIVE)
                    .refusedIn("This account has not been approved; refuse the request instead of closing it.",
                            REQUESTED).build());

    private OfficialAccountTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, OfficialAccountState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    /** Whether the table lets {@code command} be sent in {@code state} (its own rules may still refuse it). */
    public static boolean allows(Class<?> command, OfficialAccountState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static Verdicts<OfficialAccountState, Row> row(Class<?> command, String action) {
        return Verdicts.row(command, action, OfficialAccountState.class, Row::new, Map.of(REFUSED, REFUSED_REFUSAL),
                Map.of(CLOSED, CLOSED_REFUSAL));
    }
}
