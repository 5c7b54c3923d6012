package uk.tidemark.kernel.incident;

import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.transition.TransitionRow;

import java.util.*;

/**
 * The one place that says which commands an incident case accepts in which state, and what a refusal says.
 * The aggregate checks this table before any command-specific rule (command-side {@code IncidentTransitions},
 * which also renders docs/incident-transitions.md from it); the case page reads it too, so the page and the case
 * cannot disagree about what a case accepts.
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
public final class IncidentTransitionTable {

    /** A cell left null in {@link #row} means the command is allowed in that state. */
    private static final String ALLOWED = null;

    /** One command and, for each state in which it is refused, the sentence the DSL is given. */
    public record Row(Class<?> command, String action, Map<IncidentState, String> refusals)
            implements TransitionRow<IncidentState> {
    }

    private static final String REOPEN_ONLY_CLOSED = "This case is open; only a closed case can be reopened.";
    private static final String OPEN_NOT_DESTROYED = "This case is open; only a closed case can be destroyed.";
    private static final String OPEN_NO_REVIEW = "This case is open; its retention period starts when it closes.";

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
            row(AddPersonToCase.class, "name a person the report left out",
                    ALLOWED, ALLOWED, closed("adding a person to it")),
            row(CorrectPerson.class, "correct a person's name, role or involvement (the first report is kept)",
                    ALLOWED, ALLOWED, closed("correcting a person on it")),
            row(ChangeCategory.class, "change the category, or add the other kinds of concern it is",
                    ALLOWED, ALLOWED, closed("changing its category")),
            row(AmendReport.class, "amend the summary, when it happened or the platform (the first report is kept)",
                    ALLOWED, ALLOWED, closed("amending the report")),
            row(CloseIncident.class, "close with an outcome and rationale",
                    "Triage this case before closing it, so that its severity and owner are on record.",
                    ALLOWED, "This case is already closed."),
            row(ReopenIncident.class, "reopen a closed case",
                    REOPEN_ONLY_CLOSED, REOPEN_ONLY_CLOSED, ALLOWED),
            row(LinkPersonToUser.class, "link a person on the case to a Tidemark user (a subject who is a user "
                            + "then no longer sees the case); allowed on a closed case, which stays readable",
                    ALLOWED, ALLOWED, ALLOWED),
            row(AssignIncidentReference.class, "give a case logged before references existed its reference (sent "
                            + "once by the application at start; a case that has one keeps it)",
                    ALLOWED, ALLOWED, ALLOWED),
            // records governance (decision 0052): destruction and its review belong to a closed case; a legal hold
            // may come while the case is still open (a police investigation starts before anything closes)
            row(RequestDestruction.class, "ask for the case's personal content to be destroyed (at its retention "
                            + "review, or on an accepted request for erasure); another lead confirms",
                    OPEN_NOT_DESTROYED, OPEN_NOT_DESTROYED, ALLOWED),
            row(ConfirmDestruction.class, "confirm the destruction another lead asked for: the case's data key is "
                            + "destroyed with it",
                    OPEN_NOT_DESTROYED, OPEN_NOT_DESTROYED, ALLOWED),
            row(PlaceLegalHold.class, "place a legal hold (a police investigation, a claim): nothing is destroyed "
                            + "until it is lifted",
                    ALLOWED, ALLOWED, ALLOWED),
            row(LiftLegalHold.class, "lift the legal hold",
                    ALLOWED, ALLOWED, ALLOWED),
            row(ExtendRetention.class, "keep the case beyond its retention review, to a later date, with a reason",
                    OPEN_NO_REVIEW, OPEN_NO_REVIEW, ALLOWED),
            // a verifiable copy for the LADO, the police or a solicitor (decision 0054) records what left: in any state
            row(ExportCaseBundle.class, "export a verifiable copy of the case (a bundle with a signed manifest) for "
                            + "someone outside the school",
                    ALLOWED, ALLOWED, ALLOWED),
            // the child protection file follows the pupil (KCSIE; decision 0055), closed cases above all
            row(TransferIncident.class, "send the case on with the pupil's records, to another setting of the trust "
                            + "or to a school outside Tidemark",
                    ALLOWED, ALLOWED, ALLOWED),
            // sent by the image consent register, not by a person (issue 18): an open breach case only
            row(NoteOptedOutPupil.class, "note a pupil the image consent register restricts, on an image consent "
                            + "breach case that names them (the register does this itself)",
                    ALLOWED, ALLOWED, closed("noting the image consent register on it")));

    private IncidentTransitionTable() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    public static Optional<String> refusal(Class<?> command, IncidentState state) {
        return TransitionRow.refusal(ROWS, command, state);
    }

    /** Whether the table lets {@code command} be sent in {@code state} (its own rules may still refuse it). */
    public static boolean allows(Class<?> command, IncidentState state) {
        return TransitionRow.find(ROWS, command).allows(state);
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

}
