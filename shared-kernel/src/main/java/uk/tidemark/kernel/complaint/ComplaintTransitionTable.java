package uk.tidemark.kernel.complaint;

import uk.tidemark.kernel.complaint.command.*;
import uk.tidemark.kernel.transition.TransitionRow;
import uk.tidemark.kernel.transition.Verdicts;

import java.util.*;

import static uk.tidemark.kernel.complaint.ComplaintState.*;

/**
 * The one table of which commands a complaint accepts in which state, and what a refusal says. The aggregate
 * checks it before any command-specific rule (command-side {@code ComplaintTransitions}, which also renders
 * docs/complaint-transitions.md from it); the complaint's page offers an action only where this table allows its
 * command, so the page and the complaint cannot disagree about the states.
 *
 * <p>Each row names the states that allow the command and gives a sentence for every other open state; closed
 * and withdrawn complaints refuse everything with the same two sentences, so nothing can slip in after the end.
 * A row that forgets a state fails when the class loads, not when a school first meets that state.
 */
public final class ComplaintTransitionTable {

    /** One command and, for each state in which it is refused, the sentence the school business manager is given. */
    public record Row(Class<?> command, String action, Map<ComplaintState, String> refusals)
            implements TransitionRow<ComplaintState> {
    }

    public static final String CLOSED_REFUSAL = "This complaint is closed; nothing more can be recorded on it.";
    public static final String WITHDRAWN_REFUSAL = "This complaint has been withdrawn; nothing more can be recorded on it.";

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
            row(SchedulePanelHearing.class, "set (or move) the date of the panel hearing, ahead of it")
                    .allowedIn(PANEL_REQUESTED)
                    .refusedIn("No panel has been requested for this complaint, so no hearing can be arranged.",
                            RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, RESPONDED)
                    .refusedIn("The panel hearing has already been held.", HEARD)
                    .refusedIn(DECIDED_ALREADY, DECIDED).build(),
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
                    .build(),
            // a finished complaint too: the panel's decision is often sent as the complaint closes (decision 0049)
            row(RecordComplaintLetterSent.class, "record that a letter generated from the complaint was sent "
                    + "(acknowledgement, written response, panel decision)")
                    .allowedIn(ComplaintState.values()).buildEvenWhenFinished(),
            // a finished complaint too: a reference changes how it is named, not what happened (decision 0038)
            row(AssignComplaintReference.class, "give a complaint received before references existed its reference "
                    + "(sent once by the application at start; a complaint that has one keeps it)")
                    .allowedIn(ComplaintState.values()).buildEvenWhenFinished());

    private ComplaintTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, ComplaintState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    /** Whether the table lets {@code command} be sent in {@code state} (its own rules may still refuse it). */
    public static boolean allows(Class<?> command, ComplaintState state) {
        return TransitionRow.find(ROWS, command).allows(state);
    }

    private static Verdicts<ComplaintState, Row> row(Class<?> command, String action) {
        return Verdicts.row(command, action, ComplaintState.class, Row::new, Map.of(),
                Map.of(CLOSED, CLOSED_REFUSAL, WITHDRAWN, WITHDRAWN_REFUSAL));
    }
}
