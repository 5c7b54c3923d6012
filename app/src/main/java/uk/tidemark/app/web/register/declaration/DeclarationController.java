package uk.tidemark.app.web.register.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.register.declaration.DeclarationRequests.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.declaration.command.*;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.declaration.query.FindDeclaration;
import uk.tidemark.kernel.declaration.query.FindDeclarations;
import uk.tidemark.kernel.incident.IncidentId;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff declarations (seeds 003 and 004): any member of staff declares a contact from a pupil, ex-pupil or parent on
 * a personal account, which the setting's safeguarding leads note or turn into an incident; or seeks an approval
 * (to use the organisation's name, to run a work-related site or account), which the headteacher decides within the
 * decision timescale. The declarer sees their own; the setting's DSL, deputy and headteacher see the setting's.
 */
@RestController
@RequestMapping("/api/declarations")
@Tag(name = "Declarations", description = "Staff declarations: contact on personal accounts, approvals sought")
class DeclarationController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final DeclarationGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;
    private final AccountStore accounts;
    private final DeclarationIncidents incidents;

    DeclarationController(DeclarationGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                          ReadAudit reads, AccountStore accounts, DeclarationIncidents incidents) {
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
        this.accounts = accounts;
        this.incidents = incidents;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Make a declaration: a CONTACT on a personal account, or an APPROVAL sought (the "
            + "headteacher's decision falls due). Any member of staff of the setting. 201 with Location and {id}; "
            + "400 naming the fields missing for the kind; 403 for a trustee or an administrator.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> declare(@Valid @RequestBody Declare body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!mayDeclare(user)) {
            throw new ForbiddenException("Declarations are made by the members of staff of a setting.");
        }
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        uk.tidemark.kernel.declaration.Contact contact = null;
        ApprovalRequest approval = null;
        if (body.kind() == DeclarationKind.CONTACT) {
            required(errors, "contactFrom", body.contactFrom());
            required(errors, "contactName", body.contactName());
            required(errors, "contactKind", body.contactKind());
            required(errors, "platform", body.platform());
            required(errors, "contactOn", body.contactOn());
            required(errors, "response", body.response());
            contact = new uk.tidemark.kernel.declaration.Contact(body.contactFrom(), strip(body.contactName()),
                    body.contactKind(), body.platform(), body.contactOn(), strip(body.response()));
        } else if (body.kind() == DeclarationKind.APPROVAL) {
            required(errors, "approvalKind", body.approvalKind());
            required(errors, "details", body.details());
            approval = new ApprovalRequest(body.approvalKind(), strip(body.details()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        DeclarationId id = DeclarationId.random();
        commands.send(new MakeDeclaration(id, settingId, user.displayName(), body.kind(), contact, approval,
                headteacherOf(settingId)), null);
        return ResponseEntity.created(URI.create("/api/declarations/" + id.value())).body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The declarations you may see, newest first: your own, and for a safeguarding lead or "
            + "headteacher all of their settings'. 403 for a trustee or an administrator.")
    @CaseDataRead
    List<DeclarationView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!mayDeclare(user)) { // a trustee or an administrator sees no member of staff's declarations
            throw new ForbiddenException("Declarations are the members of staff's of a setting.");
        }
        Set<String> kept = scope.settingIdsOf(user).stream().filter(s -> gate.keeps(user, s))
                .collect(Collectors.toSet());
        List<DeclarationView> found = queries.query(new FindDeclarations(user.getUsername(), kept),
                ResponseTypes.multipleInstancesOf(DeclarationView.class)).join();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A declaration in full, with an ETag. 404 for one you may not see.")
    @CaseDataRead
    ResponseEntity<DeclarationView> get(@PathVariable String id,
                                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.requireVisible(user, id);
        DeclarationView view = find(id);
        reads.record(user, CaseType.DECLARATION, id, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(view);
    }

    @PostMapping(path = "/{id}/note", consumes = JSON)
    @Operation(summary = "Note a declared contact (a safeguarding lead or the headteacher), with a note. 204; 403 for "
            + "anyone else; 409 for an approval, a contact already noted or turned into an incident, or your own.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DeclarationActions.NOTE, command = NoteDeclaration.class, done = "The contact is noted.",
            labels = {"note=Note"})
    void note(@PathVariable String id, @Valid @RequestBody Note body,
              @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
              @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.requireLead(user, id);
        commands.send(new NoteDeclaration(DeclarationId.of(id), body.note().strip()), expected);
    }

    @PostMapping(path = "/{id}/incident", consumes = JSON)
    @Operation(summary = "Turn a declared contact into an incident (category inappropriate contact, logged by you, "
            + "the declarer named as contacted): one action; no body, or {}. 201 with the incident's Location and "
            + "{id}; 409 the second time, for an approval, or for your own.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = DeclarationActions.INCIDENT, command = RecordDeclarationIncident.class,
            done = "The contact is now an incident.")
    ResponseEntity<Created> incident(@PathVariable String id, @RequestBody(required = false) ToIncident body,
                                     @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        IfMatch.parse(ifMatch);
        gate.requireLead(user, id);
        IncidentId incident = incidents.log(user, find(id));
        return ResponseEntity.created(URI.create("/api/incidents/" + incident.value()))
                .body(new Created(incident.value()));
    }

    @PostMapping(path = "/{id}/decision", consumes = JSON)
    @Operation(summary = "Approve or refuse a request for approval, with reasons (the setting's headteacher). 204; "
            + "403 for anyone else; 409 for a contact, a request already decided, or your own request.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DeclarationActions.DECISION, command = DecideDeclaration.class,
            done = "The decision is recorded.", labels = {"approved=Decision", "reasons=Reasons"})
    void decide(@PathVariable String id, @Valid @RequestBody Decision body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.requireHeadteacher(user, id);
        commands.send(new DecideDeclaration(DeclarationId.of(id), body.approved(), body.reasons().strip()), expected);
    }

    DeclarationView find(String id) {
        return queries.query(new FindDeclaration(DeclarationId.of(id)),
                        ResponseTypes.optionalInstanceOf(DeclarationView.class)).join()
                .orElseThrow(() -> new NotFoundException(DeclarationGate.NO_SUCH_DECLARATION));
    }

    /** Every member of staff of a setting: not a trustee or an administrator, who keep no setting's staff. */
    static boolean mayDeclare(TidemarkUser user) {
        return user.hasAnyRole(Role.STAFF, Role.DSL, Role.DEPUTY_DSL, Role.HR, Role.HEADTEACHER);
    }

    /** The setting's headteacher owns the decision when it has exactly one; otherwise nobody in particular. */
    private String headteacherOf(String settingId) {
        List<Contact> heads = accounts.contactsFor(settingId, EnumSet.of(Role.HEADTEACHER));
        return heads.size() == 1 ? heads.get(0).username() : null;
    }

    private static void required(List<FieldProblem> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldProblem(field, "is required."));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
