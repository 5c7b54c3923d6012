package uk.tidemark.command.complaint;

import uk.tidemark.kernel.complaint.command.*;

import java.util.*;

import static uk.tidemark.command.complaint.ComplaintState.*;

/**
 * The one place that says which commands a complaint accepts in which state, and what a refusal says. The
 * aggregate checks this table before any command-specific rule ({@link ComplaintRule}); the docs are rendered
 * from it ({@link #toMarkdown()}) and a test fails when they differ.
 *
 * <p>Each row names the states that allow the command and gives a sentence for every other open state; closed
 * and withdrawn complaints refuse everything with the same two sentences, so nothing can slip in after the end.
 * A row that forgets a state fails when the class loads, not when a school first meets that state.
 */
final class ComplaintTransitions {

    /** One command and, for each state in which it is refused, the sentence the school business manager is given. */
    record Row(Class<?> command, String action, Map<ComplaintState, String> refusals) {
        boolean allows(ComplaintState state) {
            return !refusals.containsKey(state);
        }
    }

    static final String CLOSED_REFUSAL = "This complaint is closed; nothing more can be recorded on it.";
    static final String WITHDRAWN_REFUSAL = "This complaint has been withdrawn; nothing more can be recorded on it.";

    private static final String ACKNOWLEDGE_FIRST = "Acknowledge the complaint first: the complainant must know it has been received.";
    private static final String AT_FORMAL = "This complaint is already at the formal stage.";
    private static final String AT_PANEL = "This complaint has already gone to a panel.";
    private static final String PANEL_ALREADY_REQUESTED = "A panel has already been requested for this complaint.";
    private static final String HEARING_FIRST = "The panel must hold its hearing before its decision is recorded.";
    private static final String DECIDED_ALREADY = "The panel has already decided; close the complaint.";

    private static final List<Row> ROWS = List.of(
            row(AcknowledgeComplaint.class, "tell the complainant the complaint was received")
                    .allowedIn(RECEIVED)
                    .refusedIn("This complaint has already been acknowledged.",
                            ACKNOWLEDGED, INFORMAL, FORMAL, RESPONDED, PANEL_REQUESTED, HEARD, DECIDED).build(),
            row(ResolveInformally.class, "record how it was resolved at the informal stage")
                    .allowedIn(ACKNOWLEDGED, INFORMAL)
                    .refusedIn(ACKNOWLEDGE_FIRST, RECEIVED)
                    .refusedIn("This complaint is at the formal stage; it can no longer be resolved informally.",
                            FORMAL, RESPONDED)
                    .refusedIn("This complaint has gone to a panel; it can no longer be resolved informally.",
                            PANEL_REQUESTED, HEARD, DECIDED).build(),
            row(EscalateToFormalStage.class, "take it to the formal stage (investigation and written response)")
                    .allowedIn(ACKNOWLEDGED, INFORMAL)
                    .refusedIn(ACKNOWLEDGE_FIRST, RECEIVED)
                    .refusedIn(AT_FORMAL, FORMAL, RESPONDED)
                    .refusedIn(AT_PANEL, PANEL_REQUESTED, HEARD, DECIDED).build(),
            row(RecordFormalResponse.class, "record the written response: findings, reasons, how to escalate")
                    .allowedIn(FORMAL)
                    .refusedIn("A formal response can only be recorded once the complaint is at the formal stage.",
                            RECEIVED, ACKNOWLEDGED, INFORMAL)
                    .refusedIn("The formal response has already been recorded.", RESPONDED)
                    .refusedIn(AT_PANEL, PANEL_REQUESTED, HEARD, DECIDED).build(),
            row(RequestPanel.class, "record the complainant's request for a panel")
                    .allowedIn(RESPONDED)
                    .refusedIn("A panel can only be requested after the formal stage has given its written response.",
                            RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL)
                    .refusedIn(PANEL_ALREADY_REQUESTED, PANEL_REQUESTED, HEARD, DECIDED).build(),
            row(RecordPanelHearing.class, "record the hearing: when it was held and who sat on the panel")
                    .allowedIn(PANEL_REQUESTED)
                    .refusedIn("No panel has been requested for this complaint, so no hearing can be recorded.",
                            RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, RESPONDED)
                    .refusedIn("The panel hearing has already been recorded.", HEARD)
                    .refusedIn(DECIDED_ALREADY, DECIDED).build(),
            row(RecordPanelDecision.class, "record the panel's decision and its reasons")
                    .allowedIn(HEARD)
                    .refusedIn("No panel has been requested for this complaint, so there is no decision to record.",
                            RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, RESPONDED)
                    .refusedIn(HEARING_FIRST, PANEL_REQUESTED)
                    .refusedIn(DECIDED_ALREADY, DECIDED).build(),
            row(CloseComplaint.class, "close it with a rationale")
                    .allowedIn(INFORMAL, RESPONDED, DECIDED)
                    .refusedIn("Resolve the complaint informally or give a formal response before closing it; "
                            + "if the complainant no longer wants to pursue it, record a withdrawal.", RECEIVED, ACKNOWLEDGED)
                    .refusedIn("Record the formal response before closing the complaint.", FORMAL)
                    .refusedIn("Record the panel's decision before closing the complaint.", PANEL_REQUESTED, HEARD)
                    .build(),
            row(WithdrawComplaint.class, "record that the complainant withdrew it")
                    .allowedIn(RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, RESPONDED, PANEL_REQUESTED, HEARD, DECIDED)
                    .build());

    private ComplaintTransitions() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, ComplaintState state) {
        return Optional.ofNullable(rowOf(command).refusals().get(state));
    }

    /** Throws the table's refusal when {@code command} is not allowed in {@code state}. */
    static void check(Object command, ComplaintState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new ComplaintRuleViolation(sentence);
        });
    }

    private static Row rowOf(Class<?> command) {
        return ROWS.stream().filter(row -> row.command().equals(command)).findFirst()
                // a handler without a row is a programming error, not a refusal anyone should see
                .orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " has no row in the table"));
    }

    private static RowBuilder row(Class<?> command, String action) {
        return new RowBuilder(command, action);
    }

    /** Collects a row's verdicts and refuses to build one that leaves an open state undecided. */
    private static final class RowBuilder {
        private final Class<?> command;
        private final String action;
        private final Set<ComplaintState> allowed = EnumSet.noneOf(ComplaintState.class);
        private final Map<ComplaintState, String> refusals = new EnumMap<>(ComplaintState.class);

        private RowBuilder(Class<?> command, String action) {
            this.command = command;
            this.action = action;
        }

        RowBuilder allowedIn(ComplaintState... states) {
            allowed.addAll(List.of(states));
            return this;
        }

        RowBuilder refusedIn(String sentence, ComplaintState... states) {
            for (ComplaintState state : states) {
                refusals.put(state, sentence);
            }
            return this;
        }

        Row build() {
            refusals.put(CLOSED, CLOSED_REFUSAL);
            refusals.put(WITHDRAWN, WITHDRAWN_REFUSAL);
            for (ComplaintState state : ComplaintState.values()) {
                if (allowed.contains(state) == refusals.containsKey(state)) {
                    throw new IllegalStateException(command.getSimpleName() + " must be either allowed or refused, "
                            + "not both or neither, in " + state);
                }
            }
            return new Row(command, action, Collections.unmodifiableMap(new EnumMap<>(refusals)));
        }
    }

    /** docs/complaint-transitions.md, rendered from the table and the command-specific rules. */
    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Complaint: transitions and rules\n\n")
                .append("<!-- Generated from ComplaintTransitions and ComplaintRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=ComplaintTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`ReceiveComplaint` starts a complaint in RECEIVED; whoever records it is the signed-in user ")
                .append("(the `actor` metadata). Every command must name its actor (the first rule below). A command on ")
                .append("an existing complaint is then checked against the table, then against the rest of the ")
                .append("command-specific rules. A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n| State | Stage on the register | Meaning |\n|---|---|---|\n");
        for (ComplaintState state : ComplaintState.values()) {
            md.append("| ").append(state).append(" | ").append(state.stage()).append(" | ")
                    .append(state.meaning()).append(" |\n");
        }
        md.append("\n## Timescales\n\n")
                .append("Counted in school days from the day of the event, which itself never counts; school days are ")
                .append("the working days of the setting's calendar (weekends and the bank holidays of England and ")
                .append("Wales, Scotland or Northern Ireland) until term dates are modelled.\n\n")
                .append("| Event | Sets | Property | Default |\n|---|---|---|---|\n")
                .append("| `ComplaintReceived` | `acknowledgeBy` | `tidemark.complaints.acknowledge-days` | 5 |\n")
                .append("| `EscalatedToFormalStage` | `formalResponseDueBy` | `tidemark.complaints.formal-response-days` | 15 |\n")
                .append("| `PanelRequested` | `panelDueBy` | `tidemark.complaints.panel-days` | 20 |\n")
                .append("\n## Commands by state\n\nAt a glance (the refusals follow, command by command):\n\n| Command |");
        for (ComplaintState state : ComplaintState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(ComplaintState.values().length)).append('\n');
        for (Row row : ROWS) {
            md.append("| `").append(row.command().getSimpleName()).append("` |");
            for (ComplaintState state : ComplaintState.values()) {
                md.append(row.allows(state) ? " allowed |" : " refused |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Row row : ROWS) {
            md.append("### `").append(row.command().getSimpleName()).append("`: ").append(row.action()).append("\n\n")
                    .append("Allowed in: ").append(String.join(", ", allowedStates(row))).append(".\n\n")
                    .append("| Refused in | Refusal |\n|---|---|\n");
            for (Map.Entry<ComplaintState, String> refusal : row.refusals().entrySet()) {
                md.append("| ").append(refusal.getKey()).append(" | ").append(refusal.getValue()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once the table allows the command.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (ComplaintRule rule : ComplaintRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.sentence()).append(" |\n");
        }
        md.append("\n## Deadlines the complaint sets\n\n")
                .append("Each timescale is also a deadline at the end of its last school day (midnight in London): a ")
                .append("`DeadlineSet` in the complaint's stream, then a `DeadlineMet`, `DeadlineMissed` (when its time ")
                .append("comes first) or `DeadlineCancelled`; the schedules are durable Axon deadlines, so they survive ")
                .append("a restart. They answer to the user who received the complaint (for one redirected from an ")
                .append("incident, the DSL who redirected it). Withdrawing or closing the complaint cancels whatever ")
                .append("is still pending.\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| COMPLAINT_ACKNOWLEDGEMENT | `ComplaintReceived` | the end of `acknowledgeBy` | ")
                .append("`ComplaintAcknowledged` |\n")
                .append("| COMPLAINT_RESPONSE | `EscalatedToFormalStage` | the end of `formalResponseDueBy` | ")
                .append("`FormalResponseRecorded` |\n")
                .append("| COMPLAINT_PANEL | `PanelRequested` | the end of `panelDueBy` | `PanelHearingRecorded` (when it ")
                .append("is recorded, whatever date the hearing was held on) |\n");
        return md.toString();
    }

    private static List<String> allowedStates(Row row) {
        return Arrays.stream(ComplaintState.values()).filter(row::allows).map(Enum::name).toList();
    }
}
