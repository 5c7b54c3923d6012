package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.ActionRequests.*;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.incident.IncidentActing.RecordCreated;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.WarningId;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.app.access.IncidentAccess;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The actions on a case that record what was done on it (its escalations beyond it are
 * {@link IncidentEscalationController}'s). Each one: the body is validated (400 before anything is sent), the user
 * must be a safeguarding lead of the case's setting (404 otherwise, 403 for its reporter), the command goes out with
 * the client's If-Match, and the aggregate may still refuse it (409 with its sentence). Actions that create a record
 * answer 201 with the id the API gave it; the others answer 204.
 */
@RestController
@RequestMapping("/api/incidents/{id}")
@Tag(name = "Incidents")
class IncidentActionController {

    /**
     * JSON only: Spring would also read YAML (springdoc brings the converter) through a lenient mapper that
     * ignores unknown fields, which would bypass the strict checks every request relies on.
     */
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final IncidentAccess access;
    private final IncidentActing acting;

    /** BRIEF.md: a warning's response is due in five working days unless the DSL sets a date. */
    static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

    private final WorkingCalendars calendars;

    IncidentActionController(IncidentAccess access, IncidentActing acting, WorkingCalendars calendars) {
        this.access = access;
        this.acting = acting;
        this.calendars = calendars;
    }

    record WarningCreated(String warningId) {
    }

    @PostMapping(path = "/triage", consumes = JSON)
    @Operation(summary = "Triage: severity with a reason, optionally an owner and an allegation route. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "triage", command = TriageIncident.class, done = "The case is triaged.",
            labels = {"severity=Severity", "reason=Reason", "ownerId=Owner", "allegationRoute=Allegation route"})
    void triage(@PathVariable String id, @Valid @RequestBody Triage body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String owner = blankToNull(body.ownerId());
        act(user, id, ifMatch, origin -> {
            if (owner != null) {
                access.requireOwnerCandidate(owner, origin);
            }
            return new TriageIncident(IncidentId.of(id), body.severity(), body.reason(), owner,
                    body.allegationRoute());
        });
    }

    @PostMapping(path = "/assign", consumes = JSON)
    @Operation(summary = "Give the case to another safeguarding lead of its setting. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "assign", command = AssignIncident.class, done = "The case has a new owner.",
            labels = {"ownerId=Owner", "reason=Reason"})
    void assign(@PathVariable String id, @Valid @RequestBody Assign body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, origin -> {
            access.requireOwnerCandidate(body.ownerId(), origin);
            return new AssignIncident(IncidentId.of(id), body.ownerId(), body.reason());
        });
    }

    @PostMapping(path = "/content-actions", consumes = JSON)
    @Operation(summary = "Record an action on the content (deleted, hidden, reported, ...). 201 {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "contentAction", command = RecordContentAction.class, done = "The content action is recorded.",
            labels = {"contentAction=What was done", "reference=Reference", "note=Note"})
    RecordCreated contentAction(@PathVariable String id, @Valid @RequestBody ContentActionTaken body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String actionId = IncidentActing.newId();
        act(user, id, ifMatch, origin -> new RecordContentAction(IncidentId.of(id), actionId, body.action(),
                body.reference(), body.note()));
        return new RecordCreated(actionId);
    }

    @PostMapping(path = "/notes", consumes = JSON)
    @Operation(summary = "Add a note to the chronology. 201 {id}. The case's reporter may add one to their own "
            + "report: more information, which its leads read in the chronology.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "note", command = AddNote.class, done = "The note is added.",
            labels = {"text=Text"})
    RecordCreated note(@PathVariable String id, @Valid @RequestBody NewNote body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String noteId = IncidentActing.newId();
        // as evidence: the reporter may add to their own report (issue 16), every other action is the leads'
        acting.sendEvidence(user, id, ifMatch, origin -> new AddNote(IncidentId.of(id), noteId, body.text()));
        return new RecordCreated(noteId);
    }

    @PostMapping(path = "/evidence", consumes = JSON)
    @Operation(summary = "Record preserved evidence kept elsewhere, by the file's SHA-256. 201 {id}. The case's "
            + "reporter may add evidence to their own report. To upload the file itself, send multipart/form-data.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "evidence", command = RecordEvidence.class, done = "The evidence is recorded.",
            labels = {"description=Description", "sha256=SHA-256", "capturedAt=When it was captured",
                    "url=Web address"})
    RecordCreated evidence(@PathVariable String id, @Valid @RequestBody NewEvidence body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String evidenceId = IncidentActing.newId();
        acting.sendEvidence(user, id, ifMatch, origin -> new RecordEvidence(IncidentId.of(id), evidenceId,
                body.description(), body.sha256(), body.capturedAt(), body.url()));
        return new RecordCreated(evidenceId);
    }

    @PostMapping(path = "/warnings", consumes = JSON)
    @Operation(summary = "Warn a person named on the case. 201 {warningId}.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "warning", command = IssueWarning.class, done = "The warning is recorded.",
            labels = {"personId=Person", "kind=Kind", "channel=Channel", "text=Text", "responseDueBy=Response due by"})
    WarningCreated warn(@PathVariable String id, @Valid @RequestBody NewWarning body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        WarningId warningId = WarningId.random();
        act(user, id, ifMatch, origin -> {
            // counted on the case's setting's calendar (decision 0032)
            LocalDate dueBy = body.responseDueBy() != null ? body.responseDueBy() : calendars
                    .forSetting(origin.settingId())
                    .workingDaysAfter(LocalDate.now(WorkingCalendar.UK), DEFAULT_RESPONSE_WORKING_DAYS);
            return new IssueWarning(IncidentId.of(id), warningId, PersonId.of(body.personId().strip()), body.kind(),
                    body.channel(), body.text(), dueBy);
        });
        return new WarningCreated(warningId.value());
    }

    @PostMapping(path = "/warnings/{warningId}/response", consumes = JSON)
    @Operation(summary = "Record how the warned person responded: COMPLIED or REFUSED. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "response-{warningId}", command = RecordWarningResponse.class,
            done = "The response to the warning is recorded.",
            labels = {"response=Response", "note=Note"})
    void warningResponse(@PathVariable String id, @PathVariable String warningId,
            @Valid @RequestBody WarningReply body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (warningId.isBlank()) {
            throw IncidentAccess.notFound(); // no such warning; a WarningId cannot be blank
        }
        act(user, id, ifMatch, origin -> new RecordWarningResponse(IncidentId.of(id), WarningId.of(warningId),
                body.response().asResponse(), body.note()));
    }

    @PostMapping(path = "/people/{personId}/user", consumes = JSON)
    @Operation(summary = "Say which Tidemark user a person on the case is. A user who is a SUBJECT no longer sees "
            + "the case anywhere and cannot own it; what would go to them goes to the headteacher. A link is never "
            + "replaced (409). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "link-{personId}", command = LinkPersonToUser.class,
            done = "The person is linked to their Tidemark account.",
            labels = {"username=Username"})
    void linkPerson(@PathVariable String id, @PathVariable String personId, @Valid @RequestBody PersonUser body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String username = body.username().strip();
        act(user, id, ifMatch, origin -> {
            if (!access.isUserOfTrust(username, access.trustOf(origin.settingId()))) {
                throw new InvalidRequestException("username", IncidentAccess.NOT_A_USER_OF_THE_TRUST);
            }
            if (personId.isBlank()) {
                throw IncidentAccess.notFound();
            }
            return new LinkPersonToUser(IncidentId.of(id), PersonId.of(personId.strip()), username);
        });
    }

    @PostMapping(path = "/close", consumes = JSON)
    @Operation(summary = "Close the case with an outcome and rationale. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "close", command = CloseIncident.class, done = "The case is closed.",
            labels = {"outcome=Outcome", "rationale=Rationale"})
    void close(@PathVariable String id, @Valid @RequestBody Close body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, origin -> new CloseIncident(IncidentId.of(id), body.outcome(), body.rationale()));
    }

    @PostMapping(path = "/reopen", consumes = JSON)
    @Operation(summary = "Reopen a closed case, with a reason. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "reopen", command = ReopenIncident.class, done = "The case is reopened.",
            labels = {"reason=Reason"})
    void reopen(@PathVariable String id, @Valid @RequestBody Reopen body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, origin -> new ReopenIncident(IncidentId.of(id), body.reason()));
    }

    private void act(TidemarkUser user, String id, String ifMatch, Function<CaseOrigin, Object> command) {
        acting.send(user, id, ifMatch, command);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
