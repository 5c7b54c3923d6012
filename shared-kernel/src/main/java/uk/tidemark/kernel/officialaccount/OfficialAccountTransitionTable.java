package uk.tidemark.kernel.officialaccount;

import uk.tidemark.kernel.officialaccount.command.*;

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
    public record Row(Class<?> command, String action, Map<OfficialAccountState, String> refusals) {
        public boolean allows(OfficialAccountState state) {
            return !refusals.containsKey(state);
        }
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
                    .allowedIn(ACTIVE, CLOSED).refusedIn(NOT_IN_USE, REQUESTED).buildEvenWhenClosed(),
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
        return Optional.ofNullable(rowOf(command).refusals().get(state));
    }

    /** Whether the table lets {@code command} be sent in {@code state} (its own rules may still refuse it). */
    public static boolean allows(Class<?> command, OfficialAccountState state) {
        return rowOf(command).allows(state);
    }

    private static Row rowOf(Class<?> command) {
        return ROWS.stream().filter(row -> row.command().equals(command)).findFirst()
                .orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " has no row in the table"));
    }

    private static RowBuilder row(Class<?> command, String action) {
        return new RowBuilder(command, action);
    }

    /** Collects a row's verdicts and refuses to build one that leaves a state undecided. */
    private static final class RowBuilder {
        private final Class<?> command;
        private final String action;
        private final Set<OfficialAccountState> allowed = EnumSet.noneOf(OfficialAccountState.class);
        private final Map<OfficialAccountState, String> refusals = new EnumMap<>(OfficialAccountState.class);

        private RowBuilder(Class<?> command, String action) {
            this.command = command;
            this.action = action;
        }

        RowBuilder allowedIn(OfficialAccountState... states) {
            allowed.addAll(List.of(states));
            return this;
        }

        RowBuilder refusedIn(String sentence, OfficialAccountState... states) {
            for (OfficialAccountState state : states) {
                refusals.put(state, sentence);
            }
            return this;
        }

        Row build() {
            refusals.put(CLOSED, CLOSED_REFUSAL);
            return buildEvenWhenClosed();
        }

        /** A row that a closed account does not refuse by itself (a refused one still does). */
        Row buildEvenWhenClosed() {
            refusals.put(REFUSED, REFUSED_REFUSAL);
            for (OfficialAccountState state : OfficialAccountState.values()) {
                if (allowed.contains(state) == refusals.containsKey(state)) {
                    throw new IllegalStateException(command.getSimpleName() + " must be either allowed or refused, "
                            + "not both or neither, in " + state);
                }
            }
            return new Row(command, action, Collections.unmodifiableMap(new EnumMap<>(refusals)));
        }
    }
}
