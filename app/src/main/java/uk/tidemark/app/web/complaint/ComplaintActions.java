package uk.tidemark.app.web.complaint;

import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintState;
import uk.tidemark.kernel.complaint.ComplaintTransitionTable;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;

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
    static final String PANEL_DATE = "panel-hearing-date";
    static final String PANEL_HEARING = "panel-hearing";
    static final String PANEL_DECISION = "panel-decision";
    static final String CLOSE = "close";
    static final String WITHDRAW = "withdrawal";

    /** The complaint's actions: the {@link PageForm}s of its API, in the order of its transition table. */
    static final CaseActions ACTIONS = CaseActions.of(ComplaintController.class, "/api/complaints/{id}",
            "/complaints/{id}", ComplaintTransitionTable.rows().stream()
                    .<Class<?>>map(ComplaintTransitionTable.Row::command).toList());

    static final List<String> ALL = ACTIONS.names();

    static final Map<String, String> RECEIVE_LABELS = Map.of("settingId", "Setting", "channel",
            "How the complaint arrived", "complainant", "Complainant's name", "summary", "What the complaint is about",
            "receivedOn", "Date the complaint was received");

    static final Map<String, Map<String, String>> LABELS = ACTIONS.labels();

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

    /**
     * The actions that make sense now, in the order a school works: those the complaint's transition table
     * ({@link ComplaintTransitionTable}, the aggregate's own table) allows in its state. An informal resolution
     * already recorded is not offered again: the page offers the next steps (the complaint would accept another).
     */
    static Set<String> available(ComplaintDetail c) {
        ComplaintState state = stateOf(c);
        Set<String> open = ACTIONS.offered(command -> ComplaintTransitionTable.allows(command, state));
        if (state == ComplaintState.INFORMAL) {
            open.remove(INFORMAL);
        }
        open.removeIf(action -> action.startsWith("letter-")); // the letters have a section of their own
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
}
