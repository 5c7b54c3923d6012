package uk.tidemark.app.web.register.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.person.Rosters;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.register.consent.ImageConsentRequests.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.command.*;
import uk.tidemark.kernel.consent.query.FindImageConsent;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.RosterMatch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The image consent register of each setting (issue 18): which pupils may not be photographed or named, and what is
 * allowed. Kept by the safeguarding leads and the headteacher of the setting (403 for any other role; 404 for an
 * entry of another setting). The quick check open to all staff is {@link ImageConsentCheckController}.
 */
@RestController
@RequestMapping("/api/registers/image-consent")
@Tag(name = "Image consent register", description = "Who may not be photographed or named (issue 18)")
class ImageConsentController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String ALREADY_ON_THE_REGISTER = "This pupil is already on the image consent register of this "
            + "setting; change their entry instead.";

    private final ImageConsentGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;
    private final Rosters rosters;

    ImageConsentController(ImageConsentGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                           ReadAudit reads, Rosters rosters) {
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
        this.rosters = rosters;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Put a pupil of the setting's roster on its image consent register: what is allowed (ALL, "
            + "NO_NAME, FIRST_NAME_ONLY, NONE), where it came from (ENROLMENT_FORM, MIS_IMPORT, PARENT_REQUEST, OTHER) "
            + "and since when; the annual review falls due a year later. 201 with Location and {id}; 400 for a "
            + "person who is not a pupil on the setting's roster; 409 for a pupil already on the register.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> record(@Valid @RequestBody Entry body, BindingResult binding,
                                   @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireKeeper(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        RosterMatch pupil = null;
        if (errors.isEmpty()) {
            pupil = rosters.onRosterOf(settingId, body.personId().strip())
                    .filter(m -> !m.left() && m.role() == PersonRole.PUPIL).orElse(null);
            if (pupil == null) {
                errors.add(new FieldProblem("personId", "is not a pupil on the roster of this setting."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        PersonId personId = PersonId.of(pupil.personId());
        ConsentRecordId id = ConsentRecordId.of(settingId, personId);
        if (gate.exists(id.value())) {
            throw new RefusedCommandException(ALREADY_ON_THE_REGISTER);
        }
        commands.send(new RecordImageConsent(id, settingId, personId, pupil.name(), body.allowed(), body.source(),
                body.givenOn(), body.note()), null);
        gate.awaitReadable(id.value());
        return ResponseEntity.created(URI.create("/api/registers/image-consent/" + id.value()))
                .body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The image consent registers of your settings, by pupil name: active entries, and ended "
            + "ones too with ended=true.")
    @CaseDataRead
    List<ImageConsentView> list(@RequestParam(defaultValue = "false") boolean ended,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireKeeper(user);
        List<ImageConsentView> found = queries.query(new FindImageConsents(gate.keptSettings(user), null, ended),
                ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/{consentId}")
    @Operation(summary = "A pupil's entry in full, with its history and an ETag. 404 for an entry of another "
            + "setting.")
    @CaseDataRead
    ResponseEntity<ImageConsentView> get(@PathVariable String consentId,
                                         @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.require(user, consentId);
        ImageConsentView entry = queries.query(new FindImageConsent(ConsentRecordId.of(consentId)),
                        ResponseTypes.optionalInstanceOf(ImageConsentView.class)).join()
                .orElseThrow(() -> new NotFoundException(ImageConsentGate.NO_SUCH_ENTRY));
        reads.record(user, CaseType.IMAGE_CONSENT, consentId, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(entry.version())).body(entry);
    }

    @PostMapping(path = "/{consentId}/change", consumes = JSON)
    @Operation(summary = "Record what the parents allow now (ALL lifts the restriction), from where and since when; "
            + "on an ended entry, the pupil is back. The next review falls due a year later. 204; 409 when it "
            + "changes nothing.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@PathVariable String consentId, @Valid @RequestBody Change body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, consentId, ifMatch, id -> new ChangeImageConsent(id, body.allowed(), body.source(), body.givenOn(),
                body.note()));
    }

    @PostMapping(path = "/{consentId}/review", consumes = JSON)
    @Operation(summary = "Record the annual review: what is allowed stands; the next review falls due a year from "
            + "its day. 204; 409 on an ended entry.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable String consentId, @Valid @RequestBody Review body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, consentId, ifMatch, id -> new ReviewImageConsent(id, body.reviewedOn(), body.note()));
    }

    @PostMapping(path = "/{consentId}/end", consumes = JSON)
    @Operation(summary = "End the entry: the pupil left the setting. Its review is cancelled; the entry is kept. "
            + "204; 409 when it has ended already.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable String consentId, @Valid @RequestBody End body,
             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
             @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, consentId, ifMatch, id -> new EndImageConsent(id, body.reason()));
    }

    /** If-Match is read first so that a bad header is a 400 whether or not the entry exists. */
    private void act(TidemarkUser user, String consentId, String ifMatch, Function<ConsentRecordId, Object> command) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        gate.require(user, consentId);
        commands.send(command.apply(ConsentRecordId.of(consentId)), expectedVersion);
    }
}
