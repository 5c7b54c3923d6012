package uk.tidemark.app.web.disciplinary;

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
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.access.CaseGate;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.disciplinary.DisciplinaryRequests.*;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.app.web.letter.Letters;
import uk.tidemark.app.web.page.SettingNames;
import org.springframework.beans.factory.annotation.Value;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.query.*;
import uk.tidemark.kernel.incident.query.ConflictedCases;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * HR disciplinary cases after the ACAS Code: opened by HR directly (or by a DSL's referral from an incident),
 * then investigation, hearing, outcome, appeal, the barring referral decision and close. Only HR and the
 * headteacher of the case's setting may see or act on one; anyone else gets the same 404 as for an unknown id.
 * The case refuses what its stage does not allow (409 with its sentence).
 */
@RestController
@RequestMapping("/api/disciplinary-cases")
@Tag(name = "Disciplinary cases", description = "HR disciplinary cases (ACAS stages)")
class DisciplinaryCaseController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String NOT_A_USER_OF_THE_TRUST = "must be the username of a user of this case's trust.";
    /** UPHELD once meant "the outcome stands", the opposite of what it says in ACAS terms (decision 0047). */
    @SuppressWarnings("deprecation")
    static final String UPHELD_REFUSED = "must be NOT_UPHELD (the original decision stands), OVERTURNED or VARIED "
            + "(the appeal is upheld); UPHELD is no longer accepted, because it once meant that the outcome stands.";
    static final String YOURSELF = "must not be your own username: a case about you is opened by someone else.";

    private final CaseGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;
    private final CreatedCaseReads created;

    private final Letters letters;
    private final int noticeDays;

    DisciplinaryCaseController(CaseGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                               ConflictOfInterest conflicts, ReadAudit reads, CreatedCaseReads created,
                               Letters letters,
                               @Value("${tidemark.disciplinary.hearing-notice-days:5}") int noticeDays) {
        this.letters = letters;
        this.noticeDays = noticeDays;
        this.created = created;
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.conflicts = conflicts;
        this.reads = reads;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Open a disciplinary case directly (HR, headteacher). 201 with Location and {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> open(@Valid @RequestBody OpenCase body, BindingResult binding,
                                 @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.isHrWorker(user)) {
            throw new ForbiddenException("Only HR and the headteacher open disciplinary cases.");
        }
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        String employeeUsername = body.employeeUsername() == null || body.employeeUsername().isBlank() ? null
                : body.employeeUsername().strip();
        if (employeeUsername != null) {
            String caseTrust = scope.trustOf(settingId);
            if (employeeUsername.equals(user.getUsername())) {
                errors.add(new FieldProblem("employeeUsername", YOURSELF));
            } else if (!scope.isUserOfTrust(employeeUsername, caseTrust != null ? caseTrust : user.trustId())) {
                errors.add(new FieldProblem("employeeUsername", NOT_A_USER_OF_THE_TRUST));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        DisciplinaryCaseId id = DisciplinaryCaseId.random();
        commands.send(new OpenDisciplinaryCase(id, settingId, body.employeeName().strip(), null, body.teacher(),
                body.concernsHarmToChildren(), body.allegation(), null, employeeUsername), null);
        created.awaitDisciplinary(id); // read-your-writes: the Location answers 200 (bounded wait, decision 0029)
        return ResponseEntity.created(URI.create("/api/disciplinary-cases/" + id.value())).body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The disciplinary cases of your settings, newest first; open=true for open ones only. "
            + "Never a case opened from an incident you are a subject of.")
    @CaseDataRead
    List<DisciplinaryCaseSummary> list(@RequestParam(defaultValue = "false") boolean open,
                                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        ConflictedCases hidden = conflicts.hiddenFrom(user);
        List<DisciplinaryCaseSummary> found = queries.query(new FindDisciplinaryCases(scope.settingIdsOf(user), open),
                        ResponseTypes.multipleInstancesOf(DisciplinaryCaseSummary.class)).join().stream()
                .filter(c -> !hidden.hides(c.caseId(), c.linkedIncidentId())).toList();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A disciplinary case in full, with an ETag. HR and the headteacher of its setting only.")
    @CaseDataRead
    ResponseEntity<DisciplinaryCaseDetail> get(@PathVariable String id,
                                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.requireDisciplinary(user, id);
        DisciplinaryCaseDetail detail = queries.query(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).join()
                .orElseThrow(() -> new NotFoundException(CaseGate.NO_SUCH_DISCIPLINARY_CASE));
        reads.record(user, CaseType.DISCIPLINARY, id, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(detail.version())).body(detail);
    }

    @PostMapping(path = "/{id}/investigator", consumes = JSON)
    @Operation(summary = "Appoint the investigator; the case enters investigation. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.INVESTIGATOR, command = AppointInvestigator.class,
            done = "The investigator is appointed.",
            labels = {"investigator=Investigator"})
    void investigator(@PathVariable String id, @Valid @RequestBody Investigator body,
                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                      @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new AppointInvestigator(caseId, body.investigator().strip()));
    }

    @PostMapping(path = "/{id}/findings", consumes = JSON)
    @Operation(summary = "Record the investigation's findings. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.FINDINGS, command = RecordInvestigationFindings.class,
            done = "The investigation's findings are recorded.",
            labels = {"findings=Findings"})
    void findings(@PathVariable String id, @Valid @RequestBody Findings body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new RecordInvestigationFindings(caseId, body.findings()));
    }

    @PostMapping(path = "/{id}/hearing-invitation", consumes = JSON)
    @Operation(summary = "Invite the employee to a hearing, at least the configured notice in working days ahead, "
            + "stating the right to be accompanied. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.INVITATION, command = InviteToHearing.class,
            done = "The employee is invited to the hearing.",
            labels = {"hearingOn=Hearing date", "hearingAt=Time of the hearing", "place=Where the hearing is held",
                    "rightToBeAccompaniedStated=The invitation states the right to be accompanied"})
    void invite(@PathVariable String id, @Valid @RequestBody HearingInvitation body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String place = body.place() == null || body.place().isBlank() ? null : body.place().strip();
        act(user, id, ifMatch, caseId -> new InviteToHearing(caseId, body.hearingOn(),
                body.rightToBeAccompaniedStated(), body.hearingAt(), place));
    }

    @PostMapping(path = "/{id}/hearing", consumes = JSON)
    @Operation(summary = "Record that the hearing was held, on which day (today when left out), and who accompanied "
            + "the employee. Never before the day it was set for (400 on heldOn). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.HEARING, command = RecordHearingHeld.class,
            done = "The hearing is recorded as held.",
            labels = {"heldOn=Date the hearing was held", "companion=Who accompanied the employee (optional)"})
    void hearing(@PathVariable String id, @Valid @RequestBody Hearing body,
                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                 @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String companion = body.companion() == null || body.companion().isBlank() ? null : body.companion().strip();
        act(user, id, ifMatch, caseId -> new RecordHearingHeld(caseId, companion, body.heldOn()));
    }

    @PostMapping(path = "/{id}/outcome", consumes = JSON)
    @Operation(summary = "Decide the outcome; a written warning starts its expiry, any sanction the appeal "
            + "window. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.OUTCOME, command = DecideOutcome.class, done = "The outcome is decided.",
            labels = {"outcome=Outcome", "reasons=Reasons for the outcome"})
    void outcome(@PathVariable String id, @Valid @RequestBody Outcome body,
                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                 @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new DecideOutcome(caseId, body.outcome(), body.reasons()));
    }

    @PostMapping(path = "/{id}/appeal", consumes = JSON)
    @Operation(summary = "Lodge the employee's appeal, within the appeal window. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.APPEAL, command = LodgeAppeal.class, done = "The appeal is lodged.",
            labels = {"grounds=Grounds of appeal"})
    void appeal(@PathVariable String id, @Valid @RequestBody Appeal body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new LodgeAppeal(caseId, body.grounds()));
    }

    @PostMapping(path = "/{id}/appeal-decision", consumes = JSON)
    @Operation(summary = "Decide the appeal in ACAS terms: NOT_UPHELD (the original decision stands), OVERTURNED, "
            + "or VARIED with the new outcome (the appeal upheld). UPHELD is refused, 400. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.APPEAL_DECISION, command = DecideAppeal.class,
            done = "The appeal is decided.",
            labels = {"decision=Appeal decision", "variedOutcome=New outcome (if varied)",
                    "reasons=Reasons for the appeal decision"})
    void appealDecision(@PathVariable String id, @Valid @RequestBody AppealOutcome body,
                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (body.decision() == AppealDecision.UPHELD) {
            throw new InvalidRequestException(List.of(new FieldProblem("decision", UPHELD_REFUSED)));
        }
        act(user, id, ifMatch, caseId -> new DecideAppeal(caseId, body.decision(), body.variedOutcome(),
                body.reasons()));
    }

    @PostMapping(path = "/{id}/resignation", consumes = JSON)
    @Operation(summary = "Record the employee's resignation. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.RESIGNATION, command = RecordResignation.class,
            done = "The resignation is recorded.",
            labels = {"effectiveOn=Date the resignation takes effect"})
    void resignation(@PathVariable String id, @Valid @RequestBody Resignation body,
                     @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new RecordResignation(caseId, body.effectiveOn()));
    }

    @PostMapping(path = "/{id}/barring-referral-decision", consumes = JSON)
    @Operation(summary = "Record the DBS (and, for a teacher, TRA) referral decision. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.BARRING, command = RecordBarringReferralDecision.class,
            done = "The barring referral decision is recorded.",
            labels = {"dbs=Referral to the DBS", "tra=Referral to the Teaching Regulation Agency",
                    "reasons=Reasons for the referral decision"})
    void barringDecision(@PathVariable String id, @Valid @RequestBody BarringDecision body,
                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                         @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new RecordBarringReferralDecision(caseId, body.dbs(), body.tra(),
                body.reasons()));
    }

    @PostMapping(path = "/{id}/close", consumes = JSON)
    @Operation(summary = "Close the case with a rationale. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = DisciplinaryActions.CLOSE, command = CloseDisciplinaryCase.class, done = "The case is closed.",
            labels = {"rationale=Why the case is closed"})
    void close(@PathVariable String id, @Valid @RequestBody Close body,
               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, caseId -> new CloseDisciplinaryCase(caseId, body.rationale()));
    }

    @GetMapping("/{id}/letters/{hrLetter}") // no `produces`: a refusal answers JSON whatever was asked
    @Operation(summary = "A letter generated from the case, as a PDF on the trust's letterhead, from the trust's "
            + "template (decision 0049): investigation-meeting-invitation, hearing-invitation, disciplinary-outcome, "
            + "appeal-outcome. A fact the case does not have yet reads [to be confirmed]. 404 for another name.")
    @CaseDataRead
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String hrLetter,
                                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        LetterKind kind = letterKind(hrLetter);
        CaseOrigin origin = gate.requireDisciplinary(user, id);
        Letters.Letter letter = generate(user, id, kind);
        reads.record(user, CaseType.DISCIPLINARY, id, origin.settingId(), Map.of("view", "LETTER",
                "letter", kind.name()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + kind.slug() + ".pdf\"")
                .body(letter.pdf());
    }

    @PostMapping(path = "/{id}/letters/{hrLetter}", consumes = JSON)
    @Operation(summary = "Record that the letter was sent: an event in the case's history (and its audit entry), "
            + "with the SHA-256 of the letter's text as generated now. Once what it tells has happened (409). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "letter-{hrLetter}", command = RecordDisciplinaryLetterSent.class,
            done = "The letter is recorded as sent.")
    void letterSent(@PathVariable String id, @PathVariable String hrLetter,
                    @Valid @RequestBody(required = false) LetterSent body,
                    @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        LetterKind kind = letterKind(hrLetter);
        Long expectedVersion = IfMatch.parse(ifMatch);
        gate.requireDisciplinary(user, id);
        Letters.Letter letter = generate(user, id, kind);
        commands.send(new RecordDisciplinaryLetterSent(DisciplinaryCaseId.of(id), kind, letter.sha256()),
                expectedVersion);
    }

    private Letters.Letter generate(TidemarkUser user, String id, LetterKind kind) {
        DisciplinaryCaseDetail c = queries.query(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).join()
                .orElseThrow(() -> new NotFoundException(CaseGate.NO_SUCH_DISCIPLINARY_CASE));
        return letters.generate(scope.trustOf(c.settingId()), kind, DisciplinaryLetters.facts(c,
                SettingNames.nameOf(scope, user, c.settingId()), user.displayName(), noticeDays,
                java.time.Instant.now()));
    }

    /** An HR case's letter by its name in the path; any other name is not found. */
    static LetterKind letterKind(String slug) {
        LetterKind kind = LetterKind.ofSlug(slug);
        if (kind == null || kind.caseType() != CaseType.DISCIPLINARY) {
            throw new NotFoundException("There is no such letter.");
        }
        return kind;
    }

    /** If-Match is read first so that a bad header is a 400 whether or not the case exists. */
    private void act(TidemarkUser user, String id, String ifMatch, Function<DisciplinaryCaseId, Object> command) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        gate.requireDisciplinary(user, id);
        commands.send(command.apply(DisciplinaryCaseId.of(id)), expectedVersion);
    }
}
