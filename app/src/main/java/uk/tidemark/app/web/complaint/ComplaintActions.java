package uk.tidemark.app.web.complaint;

import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintState;
import uk.tidemark.kernel.complaint.ComplaintTransitionTable;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.complaint.command.CloseComplaint;
import uk.tidemark.kernel.complaint.command.EscalateToFormalStage;
import uk.tidemark.kernel.complaint.command.RecordFormalResponse;
import uk.tidemark.kernel.complaint.command.RecordPanelDecision;
import uk.tidemark.kernel.complaint.command.RecordPanelHearing;
import uk.tidemark.kernel.complaint.command.RequestPanel;
import uk.tidemark.kernel.complaint.command.ResolveInformally;
import uk.tidemark.kernel.complaint.command.WithdrawComplaint;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a complaint as its page offers them: which make sense in its state (read from the complaint's
 * own transition table; the complaint itself still decides), the words of each field, the options.
 */
final class ComplaintActions {

    static final String ACKNOWLEDGE = "acknowledgement";
    static final String INFORMAL = "informal-resolution";
    static final String FORMAL = "formal-stage";
    static final String RESPONSE = "formal-response";
    static final String PANEL_REQUEST = "panel-request";
    static final String PANEL_HEARING = "panel-hearing";
    static final String PANEL_DECISION = "panel-decision";
    static final String CLOSE = "close";
    static final String WITHDRAW = "withdrawal";

    static final List<String> ALL = List.of(ACKNOWLEDGE, INFORMAL, FORMAL, RESPONSE, PANEL_REQUEST, PANEL_HEARING,
            PANEL_DECISION, CLOSE, WITHDRAW);

    static final Map<String, String> RECEIVE_LABELS = Map.of("settingId", "Setting", "channel",
            "How the complaint arrived", "complainant", "Complainant's name", "summary", "What the complaint is about");

    static final Map<String, Map<String, String>> LABELS = Map.of(
            ACKNOWLEDGE, Map.of(),
            INFORMAL, Map.of("outcome", "How it was resolved"),
            FORMAL, Map.of("reason", "Why it goes to the formal stage"),
            RESPONSE, Map.of("findings", "Findings", "reasons", "Reasons", "howToEscalate",
                    "How the complainant can take it to a panel"),
            PANEL_REQUEST, Map.of("reason", "Why the complainant asked for a panel"),
            PANEL_HEARING, Map.of("heldOn", "Date the panel met", "panelMembers", "Panel members"),
            PANEL_DECISION, Map.of("decision", "Panel's decision", "reasons", "Reasons for the panel's decision"),
            CLOSE, Map.of("rationale", "Why the complaint is closed"),
            WITHDRAW, Map.of("reason", "What the complainant said when withdrawing"));

    private ComplaintActions() {
    }

    static List<Choice> channels() {
        return List.of(new Choice(ComplaintChannel.SOCIAL_MEDIA.name(), "Social media"),
                new Choice(ComplaintChannel.EMAIL.name(), "Email"),
                new Choice(ComplaintChannel.LETTER.name(), "Letter"),
                new Choice(ComplaintChannel.PHONE.name(), "Phone"),
                new Choice(ComplaintChannel.IN_PERSON.name(), "In person"));
    }

    static List<Choice> panelDecisions() {
        return Choice.of(PanelDecision.class);
    }

    /** Each action's command: the row of the complaint's transition table deciding in which states it is offered. */
    private static final Map<String, Class<?>> COMMANDS = Map.of(
            ACKNOWLEDGE, AcknowledgeComplaint.class,
            INFORMAL, ResolveInformally.class,
            FORMAL, EscalateToFormalStage.class,
            RESPONSE, RecordFormalResponse.class,
            PANEL_REQUEST, RequestPanel.class,
            PANEL_HEARING, RecordPanelHearing.class,
            PANEL_DECISION, RecordPanelDecision.class,
            CLOSE, CloseComplaint.class,
            WITHDRAW, WithdrawComplaint.class);

    /**
     * The actions that make sense now, in the order a school works: those the complaint's transition table
     * ({@link ComplaintTransitionTable}, the aggregate's own table) allows in its state. An informal resolution
     * already recorded is not offered again: the page offers the next steps (the complaint would accept another).
     */
    static Set<String> available(ComplaintDetail c) {
        ComplaintState state = stateOf(c);
        Set<String> open = new LinkedHashSet<>();
        for (String action : ALL) {
            if (ComplaintTransitionTable.allows(COMMANDS.get(action), state)
                    && !(action.equals(INFORMAL) && state == ComplaintState.INFORMAL)) {
                open.add(action);
            }
        }
        return open;
    }

    /** The state of the transition table that the register's stage and the recorded steps within it amount to. */
    static ComplaintState stateOf(ComplaintDetail c) {
        boolean responded = c.formal() != null && c.formal().respondedAt() != null;
        boolean heard = c.panel() != null && c.panel().heldOn() != null;
        boolean decided = c.panel() != null && c.panel().decision() != null;
        return switch (c.stage()) {
            case RECEIVED -> ComplaintState.RECEIVED;
            case ACKNOWLEDGED -> ComplaintState.ACKNOWLEDGED;
            case INFORMAL -> ComplaintState.INFORMAL;
            case FORMAL -> responded ? ComplaintState.RESPONDED : ComplaintState.FORMAL;
            case PANEL -> decided ? ComplaintState.DECIDED
                    : heard ? ComplaintState.HEARD : ComplaintState.PANEL_REQUESTED;
            case CLOSED -> ComplaintState.CLOSED;
            case WITHDRAWN -> ComplaintState.WITHDRAWN;
        };
    }

    static String done(String action) {
        switch (action) {
            case ACKNOWLEDGE: return "The acknowledgement is recorded.";
            case INFORMAL: return "The informal resolution is recorded.";
            case FORMAL: return "The complaint is at the formal stage.";
            case RESPONSE: return "The written response is recorded.";
            case PANEL_REQUEST: return "The request for a panel is recorded.";
            case PANEL_HEARING: return "The panel hearing is recorded.";
            case PANEL_DECISION: return "The panel's decision is recorded.";
            case CLOSE: return "The complaint is closed.";
            case WITHDRAW: return "The complaint is recorded as withdrawn.";
            default: return "Done.";
        }
    }
}
