package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.ActionRequests.*;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.incident.IncidentActing.RecordCreated;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.command.*;

import java.util.function.Function;

/**
 * The actions that take an incident beyond the case: to the police, to another agency, to HR (a disciplinary case)
 * or to the complaints procedure (a complaint), and what comes back from them. As {@link IncidentActionController}'s:
 * the body validated first, the user a safeguarding lead of the case's setting, the command sent with the client's
 * If-Match, and the aggregate's refusal a 409; each that creates a record answers 201 with its id.
 */
@RestController
@RequestMapping("/api/incidents/{id}")
@Tag(name = "Incidents")
class IncidentEscalationController {

    private static final String JSON = IncidentActionController.JSON;

    private final IncidentActing acting;

    IncidentEscalationController(IncidentActing acting) {
        this.acting = acting;
    }

    @PostMapping(path = "/police-escalation", consumes = JSON)
    @Operation(summary = "Escalate the case to the police. 201 {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "police", command = EscalateToPolice.class, done = "The case is escalated to the police.",
            labels = {"reason=Reason", "force=Police force", "crimeReference=Crime reference", "officer=Officer"})
    RecordCreated escalate(@PathVariable String id, @Valid @RequestBody PoliceEscalation body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String escalationId = IncidentActing.newId();
        act(user, id, ifMatch, origin -> new EscalateToPolice(IncidentId.of(id), escalationId, body.reason(),
                body.force(), body.crimeReference(), body.officer()));
        return new RecordCreated(escalationId);
    }

    @PostMapping(path = "/police-updates", consumes = JSON)
    @Operation(summary = "Record an update from the police on an escalated case. 201 {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "policeUpdate", command = RecordPoliceUpdate.class, done = "The police update is recorded.",
            labels = {"status=Status", "note=Note", "crimeReference=Crime reference"})
    RecordCreated policeUpdate(@PathVariable String id, @Valid @RequestBody PoliceUpdate body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String updateId = IncidentActing.newId();
        act(user, id, ifMatch, origin -> new RecordPoliceUpdate(IncidentId.of(id), updateId, body.status(),
                body.note(), body.crimeReference()));
        return new RecordCreated(updateId);
    }

    @PostMapping(path = "/referrals", consumes = JSON)
    @Operation(summary = "Refer the case to another agency (LADO, children's social care, CEOP, ...). 201 {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "referral", command = ReferToAgency.class, done = "The referral is recorded.",
            labels = {"agency=Agency", "reason=Reason", "reference=Reference"})
    RecordCreated refer(@PathVariable String id, @Valid @RequestBody Referral body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String referralId = IncidentActing.newId();
        act(user, id, ifMatch, origin -> new ReferToAgency(IncidentId.of(id), referralId, body.agency(),
                body.reason(), body.reference()));
        return new RecordCreated(referralId);
    }

    @PostMapping(path = "/referrals/{referralId}/acknowledgement", consumes = JSON)
    @Operation(summary = "Record that the agency acknowledged a referral (meets its follow-up deadline). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "ack-{referralId}", command = AcknowledgeReferral.class,
            done = "The acknowledgement is recorded.",
            labels = {"reference=Reference", "note=Note"})
    void acknowledgeReferral(@PathVariable String id, @PathVariable String referralId,
            @Valid @RequestBody ReferralAcknowledgement body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, origin -> new AcknowledgeReferral(IncidentId.of(id), referralId.strip(),
                body.reference(), body.note()));
    }

    @PostMapping(path = "/disciplinary-referral", consumes = JSON)
    @Operation(summary = "Refer a staff subject of the case to HR: opens a disciplinary case linked to this one. "
            + "201 {id} of the disciplinary case; the case shows you its stage and outcome only.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "disciplinary", command = ReferToDisciplinary.class,
            done = "HR has the referral: a disciplinary case is open.",
            labels = {"personId=Person", "teacher=Teacher", "concernsHarmToChildren=Harm to children",
                    "allegation=Allegation"})
    RecordCreated referToDisciplinary(@PathVariable String id, @Valid @RequestBody DisciplinaryReferral body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        DisciplinaryCaseId caseId = DisciplinaryCaseId.random();
        act(user, id, ifMatch, origin -> new ReferToDisciplinary(IncidentId.of(id), caseId,
                PersonId.of(body.personId().strip()), body.teacher(), body.concernsHarmToChildren(),
                body.allegation()));
        return new RecordCreated(caseId.value());
    }

    @PostMapping(path = "/complaint-referral", consumes = JSON)
    @Operation(summary = "Redirect the matter to the complaints procedure: opens a complaint linked to this case. "
            + "201 {id} of the complaint.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "complaint", command = RedirectToComplaint.class,
            done = "The matter is redirected to the complaints procedure.",
            labels = {"channel=Channel", "complainant=Complainant", "summary=Summary"})
    RecordCreated redirectToComplaint(@PathVariable String id, @Valid @RequestBody ComplaintReferral body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        ComplaintId complaintId = ComplaintId.random();
        act(user, id, ifMatch, origin -> new RedirectToComplaint(IncidentId.of(id), complaintId, body.channel(),
                body.complainant().strip(), body.summary()));
        return new RecordCreated(complaintId.value());
    }

    private void act(TidemarkUser user, String id, String ifMatch, Function<CaseOrigin, Object> command) {
        acting.send(user, id, ifMatch, command);
    }
}
