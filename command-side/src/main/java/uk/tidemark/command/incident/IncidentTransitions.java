package uk.tidemark.command.incident;

import uk.tidemark.kernel.incident.command.*;

import java.util.*;

/**
 * The one place that says which commands an incident case accepts in which state, and what a refusal says.
 * The aggregate checks this table before any command-specific rule ({@link IncidentRule}); the docs are
 * rendered from it ({@link #toMarkdown()}) and a test fails when they differ.
 *
 * <p>Why NEW accepts so much: recording what has already been done (a post hidden, the police called, a
 * referral made) must never wait for paperwork, least of all when a child is at immediate risk. What needs a
 * triage first are the decisions that need an assessment: warning a named person, referring a member of staff
 * to HR or the matter to the complaints procedure (both open another case, and KCSIE Part 4 wants the allegation
 * assessed, and the LADO consulted where it meets the harm threshold, before an employer acts on it), and
 * closing the case. An agency's acknowledgement of a referral is a record of what happened, so like the
 * referral itself it needs no triage.
 *
 * <p>Why a closed case accepts a link to a user: a closed case stays readable by the case workers of its setting,
 * so finding out later that one of them is a subject must hide it from them at once, without reopening it (which
 * would put it back on everyone's open work). The link changes who may see the case, not what happened in it.
 */
final class IncidentTransitions {

    /** A cell left null in {@link #row} means the command is allowed in that state. */
    private static final String ALLOWED = null;

    /** One command and, for each state in which it is refused, the sentence the DSL is given. */
    record Row(Class<?> command, String action, Map<IncidentState, String> refusals) {
        boolean allows(IncidentState state) {
            return !refusals.containsKey(state);
        }
    }

    private static final String REOPEN_ONLY_CLOSED = "This case is open; only a closed case can be reopened.";

    //                   command                      what it does                     NEW / TRIAGED / CLOSED
    private static final List<Row> ROWS = List.of(
            row(TriageIncident.class, "assess severity, take ownership, choose the allegation route",
                    ALLOWED, ALLOWED, closed("triaging it")),
            row(AssignIncident.class, "give the case to an owner",
                    ALLOWED, ALLOWED, closed("assigning it")),
            row(RecordContentAction.class, "record an action on the content (deleted, hidden, reported, ...)",
                    ALLOWED, ALLOWED, closed("recording an action on the content")),
            row(AddNote.class, "add a chronology note",
                    ALLOWED, ALLOWED, closed("adding a note")),
            row(RecordEvidence.class, "record preserved evidence",
                    ALLOWED, ALLOWED, closed("recording evidence")),
            row(IssueWarning.class, "warn a person named on the case",
                    "Triage this case before issuing a warning: a warning needs the severity assessed first.",
                    ALLOWED, closed("issuing a warning")),
            row(RecordWarningResponse.class, "record how a warned person responded",
                    "No warning can have been issued on a case that has not been triaged yet.",
                    ALLOWED, closed("recording a response to a warning")),
            row(EscalateToPolice.class, "escalate to the police",
                    ALLOWED, ALLOWED, closed("escalating it to the police")),
            row(RecordPoliceUpdate.class, "record an update from the police",
                    ALLOWED, ALLOWED, closed("recording a police update")),
            row(ReferToAgency.class, "refer to another agency (LADO, children's social care, CEOP, ...)",
                    ALLOWED, ALLOWED, closed("referring it to another agency")),
            row(AcknowledgeReferral.class, "record that an agency acknowledged a referral",
                    ALLOWED, ALLOWED, closed("recording an agency's acknowledgement")),
            row(ReferToDisciplinary.class, "refer a member of staff who is a subject to HR (opens a disciplinary case)",
                    "Triage this case before referring a member of staff to HR: the allegation needs assessing first.",
                    ALLOWED, closed("referring a member of staff to HR")),
            row(RedirectToComplaint.class, "redirect the matter to the complaints procedure (opens a complaint)",
                    "Triage this case before redirecting it to the complaints procedure: the concern needs assessing first.",
                    ALLOWED, closed("redirecting it to the complaints procedure")),
            row(CloseIncident.class, "close with an outcome and rationale",
                    "Triage this case before closing it, so that its severity and owner are on record.",
                    ALLOWED, "This case is already closed."),
            row(ReopenIncident.class, "reopen a closed case",
                    REOPEN_ONLY_CLOSED, REOPEN_ONLY_CLOSED, ALLOWED),
            row(LinkPersonToUser.class, "link a person on the case to a Tidemark user (a subject who is a user "
                            + "then no longer sees the case); allowed on a closed case, which stays readable",
                    ALLOWED, ALLOWED, ALLOWED));

    private IncidentTransitions() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, IncidentState state) {
        return Optional.ofNullable(rowOf(command).refusals().get(state));
    }

    /** Throws the table's refusal when {@code command} is not allowed in {@code state}. */
    static void check(Object command, IncidentState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new IncidentRuleViolation(sentence);
        });
    }

    private static Row rowOf(Class<?> command) {
        return ROWS.stream().filter(row -> row.command().equals(command)).findFirst()
                // a handler without a row is a programming error, not a refusal the DSL should see
                .orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " has no row in the table"));
    }

    private static String closed(String doing) {
        return "This case is closed; reopen it before " + doing + ".";
    }

    private static Row row(Class<?> command, String action, String whenNew, String whenTriaged, String whenClosed) {
        Map<IncidentState, String> refusals = new EnumMap<>(IncidentState.class);
        if (whenNew != null) {
            refusals.put(IncidentState.NEW, whenNew);
        }
        if (whenTriaged != null) {
            refusals.put(IncidentState.TRIAGED, whenTriaged);
        }
        if (whenClosed != null) {
            refusals.put(IncidentState.CLOSED, whenClosed);
        }
        return new Row(command, action, Collections.unmodifiableMap(refusals));
    }

    /** docs/incident-transitions.md, rendered from the table and the command-specific rules. */
    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Incident case: transitions and rules\n\n")
                .append("<!-- Generated from IncidentTransitions and IncidentRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=IncidentTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`LogIncident` starts a case in NEW; the reporter is the signed-in user (the `actor` metadata). ")
                .append("Every command must name its actor (the first rule below). A command on an existing case is ")
                .append("then checked against the table, then against the rest of the command-specific rules. ")
                .append("A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n");
        for (IncidentState state : IncidentState.values()) {
            md.append("- **").append(state).append("**: ").append(state.meaning()).append('\n');
        }
        md.append("\nA reopened case returns to TRIAGED: a case must be triaged before it can be closed.\n\n")
                .append("## Commands by state\n\n| Command | What it does |");
        for (IncidentState state : IncidentState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(IncidentState.values().length)).append('\n');
        for (Row row : ROWS) {
            md.append("| `").append(row.command().getSimpleName()).append("` | ").append(row.action()).append(" |");
            for (IncidentState state : IncidentState.values()) {
                md.append(row.allows(state) ? " allowed" : " refused: " + row.refusals().get(state)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once the table allows the command.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (IncidentRule rule : IncidentRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.template()).append(" |\n");
        }
        md.append("\n## Conflict of interest\n\n")
                .append("A person on the case may be linked to a Tidemark user (`people[].username` when logging, or ")
                .append("`LinkPersonToUser` later). A user linked to a SUBJECT has a conflict of interest: any command ")
                .append("they send to the case is not refused with a sentence but answered as if the case did not ")
                .append("exist (`SubjectOfCaseException`, the API's 404), and they cannot be made its owner. A link is ")
                .append("never replaced. An owner who becomes a subject keeps the case on record, but what would go to ")
                .append("them (missed deadlines, alerts) goes to the setting's headteacher until the case is given ")
                .append("to someone else.\n");
        md.append("\n## What a triage decides\n\n")
                .append("- Owner: the owner named in the command; if none is named, the current owner stays; ")
                .append("if the case has no owner yet, or its owner is a subject of it, the DSL who triages it ")
                .append("takes it.\n")
                .append("- Allegation route: the route named in the command; if none is named, the current route ")
                .append("stays (NONE for a new case).\n");
        md.append("\n## Deadlines the case sets\n\n")
                .append("Each is a `DeadlineSet` in the case's stream, then a `DeadlineMet`, `DeadlineMissed` (when its ")
                .append("time comes first) or `DeadlineCancelled`. They answer to the case owner, or to the setting's ")
                .append("DSLs while there is none; working days skip weekends and the bank holidays of the setting's ")
                .append("calendar (England and Wales, Scotland or Northern Ireland), and a day ends at midnight in ")
                .append("London.\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| FIRST_RESPONSE | `IncidentLogged` | 24 hours after a report made on a working day, else the end of ")
                .append("the next working day | the first `IncidentTriaged` (or `IncidentClosed`) |\n")
                .append("| LADO_REFERRAL | `IncidentTriaged` that raises the route to HARM_THRESHOLD, unless the LADO has ")
                .append("already been referred to | the end of the next working day | `ReferredToAgency` to the LADO |\n")
                .append("| REFERRAL_FOLLOW_UP, one per referral | `ReferredToAgency` | the end of the next working day | ")
                .append("`ReferralAcknowledged` for that referral; cancelled if the case is closed first |\n")
                .append("| WARNING_RESPONSE, one per warning | `WarningIssued` | the end of the response date (five working ")
                .append("days if none was given) | `WarningResponseRecorded`; if none comes, NO_RESPONSE is recorded ")
                .append("when the deadline is missed, on a closed case too |\n");
        return md.toString();
    }
}
