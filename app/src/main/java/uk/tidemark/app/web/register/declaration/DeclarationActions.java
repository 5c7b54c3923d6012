package uk.tidemark.app.web.register.declaration;

import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.kernel.declaration.DeclarationTransitionTable;
import uk.tidemark.kernel.declaration.query.DeclarationView;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a declaration as its page offers them: those its transition table allows in its state, to those
 * who may take them (a safeguarding lead notes a contact or turns it into an incident, the headteacher decides an
 * approval), and never to the declarer.
 */
final class DeclarationActions {

    static final String NOTE = "note";
    static final String INCIDENT = "incident";
    static final String DECISION = "decision";

    static final CaseActions ACTIONS = CaseActions.of(DeclarationController.class, "/api/declarations/{id}",
            "/declarations/{id}", DeclarationTransitionTable.rows().stream()
                    .<Class<?>>map(DeclarationTransitionTable.Row::command).toList());

    static final List<String> ALL = ACTIONS.names();

    static final Map<String, Map<String, String>> LABELS = ACTIONS.labels();

    static final Map<String, String> DECLARE_LABELS = Map.ofEntries(Map.entry("settingId", "Setting"),
            Map.entry("kind", "What are you declaring?"), Map.entry("contactFrom", "Who contacted you?"),
            Map.entry("contactName", "Their name"), Map.entry("contactKind", "What was it?"),
            Map.entry("platform", "Where?"), Map.entry("contactOn", "When?"),
            Map.entry("response", "What did you do about it?"), Map.entry("approvalKind", "What would you like approved?"),
            Map.entry("details", "Tell the headteacher what and why"));

    private DeclarationActions() {
    }

    static Set<String> available(DeclarationView d, boolean lead, boolean headteacher, boolean declarer) {
        Set<String> open = ACTIONS.offered(command -> DeclarationTransitionTable.allows(command, d.state()));
        if (declarer) {
            open.clear();
        }
        if (!lead) {
            open.remove(NOTE);
            open.remove(INCIDENT);
        }
        if (!headteacher) {
            open.remove(DECISION);
        }
        return open;
    }
}
