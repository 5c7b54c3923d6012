package uk.tidemark.app.web.sar;

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
import uk.tidemark.app.evidence.SubjectAccessBundles;
import uk.tidemark.app.evidence.SubjectAccessBundles.Format;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.person.People;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.sar.SubjectAccessRequests.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.sar.SubjectAccessId;
import uk.tidemark.kernel.sar.SubjectAccessTransitionTable;
import uk.tidemark.kernel.sar.command.*;
import uk.tidemark.kernel.sar.query.FindSubjectAccessRequest;
import uk.tidemark.kernel.sar.query.FindSubjectAccessRequests;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Subject access requests (UK GDPR article 15, decision 0053): received with a response due one calendar month on,
 * the person's records gathered for a designated safeguarding lead to review and redact, and a bundle released
 * (PDF and JSON, kept byte for byte, their SHA-256 in the audit trail) or the request refused on a legal ground.
 */
@RestController
@RequestMapping("/api/subject-access-requests")
@Tag(name = "Subject access requests", description = "A person's request for their records, and its bundle")
class SubjectAccessController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String UNSEEN = "This person is named on %d case(s) you may not see; a safeguarding lead who may "
            + "see every one of them must release this request, so that nothing is left out.";

    private final SubjectAccessGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;
    private final People people;
    private final SubjectAccessRecords records;
    private final SubjectAccessBundles bundles;

    SubjectAccessController(SubjectAccessGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                            ReadAudit reads, People people, SubjectAccessRecords records,
                            SubjectAccessBundles bundles) {
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
        this.people = people;
        this.records = records;
        this.bundles = bundles;
    }

    record Created(String id) {
    }

    record Hashes(String pdfSha256, String jsonSha256) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Receive a subject access request for a person of the directory: 201 with Location and "
            + "{id}; its SUBJECT_ACCESS_RESPONSE deadline falls one calendar month on. 400 naming the fields; 403 "
            + "for anyone but a designated safeguarding lead.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> receive(@Valid @RequestBody Receive body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireDsl(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        Optional<PersonChronology> person = body.personId() == null || body.personId().isBlank() ? Optional.empty()
                : people.visibleTo(user, body.personId());
        if (body.personId() != null && !body.personId().isBlank() && person.isEmpty()) {
            errors.add(new FieldProblem("personId", "is not a person of the directory you may see."));
        }
        String requested = body.settingId() != null && !body.settingId().isBlank() ? body.settingId()
                : person.flatMap(p -> p.cases().stream().findFirst()).map(PersonChronology.PersonCase::settingId)
                .orElse(null);
        String settingId = SettingChoice.settingFor(scope, user, requested, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        SubjectAccessId id = SubjectAccessId.random();
        commands.send(new ReceiveSubjectAccessRequest(id, settingId, PersonId.of(person.get().personId()),
                person.get().name(), body.receivedOn(), body.requester().strip()), null);
        return ResponseEntity.created(URI.create("/api/subject-access-requests/" + id.value()))
                .body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The subject access requests of your settings, the soonest due first. 403 for anyone but "
            + "a designated safeguarding lead.")
    @CaseDataRead
    List<SubjectAccessView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireDsl(user);
        Set<String> settings = scope.settingIdsOf(user).stream()
                .filter(s -> scope.mayAnswerSubjectAccess(user, s)).collect(Collectors.toSet());
        List<SubjectAccessView> found = queries.query(new FindSubjectAccessRequests(settings),
                ResponseTypes.multipleInstancesOf(SubjectAccessView.class)).join();
        reads.recordCases(user, found.stream().map(v -> new ReadAudit.CaseShown(CaseType.SUBJECT_ACCESS, v.id(),
                v.settingId())).toList(), Map.of("view", "SUBJECT_ACCESS_LIST"));
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A subject access request, with an ETag. 404 for one you may not see.")
    @CaseDataRead
    ResponseEntity<SubjectAccessView> get(@PathVariable String id,
                                          @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.require(user, id);
        SubjectAccessView view = find(id);
        reads.record(user, CaseType.SUBJECT_ACCESS, id, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/{id}/records")
    @Operation(summary = "Every record found about the person, each entry with its key, its text and the text "
            + "as it would be released. The read is audited in every case shown. 404 for a request you may not see.")
    @CaseDataRead
    SubjectAccessReview records(@PathVariable String id,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.require(user, id);
        SubjectAccessView view = find(id);
        SubjectAccessRecords.Found found = records.gather(user, view);
        SubjectAccessReview review = SubjectAccessReview.of(view, found);
        List<ReadAudit.CaseShown> shown = new ArrayList<>();
        shown.add(new ReadAudit.CaseShown(CaseType.SUBJECT_ACCESS, id, origin.settingId()));
        review.caseIds().forEach(c -> shown.add(new ReadAudit.CaseShown(CaseType.INCIDENT, c.id(), c.settingId())));
        reads.recordCases(user, shown, Map.of("view", SubjectAccessRecords.COMPILING));
        return review;
    }

    @PostMapping(path = "/{id}/review", consumes = JSON)
    @Operation(summary = "Start the review of the records; no body, or {}. 204; 409 once started or answered.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = SubjectAccessPages.REVIEW, command = StartSubjectAccessReview.class,
            done = "The review has started: mark what to redact, then release the bundle.")
    void review(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.require(user, id);
        commands.send(new StartSubjectAccessReview(SubjectAccessId.of(id)), expected);
    }

    @PostMapping(path = "/{id}/redactions", consumes = JSON)
    @Operation(summary = "Mark a passage of an entry for redaction (no passage: the whole entry), or take a mark "
            + "back with marked false. 204; 400 naming the fields; 409 before the review or once answered.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = SubjectAccessPages.REDACT, command = MarkRedaction.class, done = "The redaction is recorded.",
            labels = {"entryKey=Entry", "passage=Words to redact", "marked=Redact"})
    void redact(@PathVariable String id, @Valid @RequestBody Mark body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.require(user, id);
        commands.send(new MarkRedaction(SubjectAccessId.of(id), body.entryKey().strip(), body.passage(),
                body.marked() == null || body.marked()), expected);
    }

    @PostMapping(path = "/{id}/extension", consumes = JSON)
    @Operation(summary = "Extend the response by two further months for a complex request, with the reason. 204; "
            + "409 the second time or once answered.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = SubjectAccessPages.EXTEND, command = ExtendSubjectAccess.class,
            done = "The request is extended by two further months.", labels = {"reason=Why the request needs longer"})
    void extend(@PathVariable String id, @Valid @RequestBody Extend body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.require(user, id);
        commands.send(new ExtendSubjectAccess(SubjectAccessId.of(id), body.reason().strip()), expected);
    }

    @PostMapping(path = "/{id}/release", consumes = JSON)
    @Operation(summary = "Release the reviewed bundle ({} in full; withheldOn and withheld for a partial "
            + "disclosure): the PDF and JSON are made from the records as redacted, kept byte for byte, and their "
            + "SHA-256 recorded in the audit trail. 200 with the hashes; 400 for a ground without what is withheld "
            + "or the other way round; 409 before the review, once answered, while a mark is not yet shown, or while "
            + "the person is on cases you may not see.")
    @PageForm(value = SubjectAccessPages.RELEASE, command = ReleaseSubjectAccess.class,
            done = "The bundle is released.", labels = {"withheldOn=Legal ground for what is withheld",
            "withheld=What is withheld"})
    Hashes release(@PathVariable String id, @Valid @RequestBody Release body,
                   @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.require(user, id);
        boolean noWithheld = body.withheld() == null || body.withheld().isBlank();
        if ((body.withheldOn() == null) != noWithheld) {
            throw new InvalidRequestException(List.of(new FieldProblem(body.withheldOn() == null ? "withheldOn"
                    : "withheld", "is required for a partial disclosure.")));
        }
        SubjectAccessView view = find(id);
        // the table first, so that nothing is gathered or made for a request that cannot be released
        SubjectAccessTransitionTable.refusal(ReleaseSubjectAccess.class, view.state()).ifPresent(sentence -> {
            throw new RefusedCommandException(sentence);
        });
        SubjectAccessRecords.Found found = records.gather(user, view);
        if (found.unseen() > 0) {
            throw new RefusedCommandException(UNSEEN.formatted(found.unseen()));
        }
        String withheld = noWithheld ? null : body.withheldOn().words() + ": " + body.withheld().strip();
        SubjectAccessBundle.Content content = SubjectAccessBundle.content(view, found,
                LocalDate.now(ZoneId.of("Europe/London")), withheld);
        byte[] pdf = SubjectAccessBundle.pdf(content);
        byte[] json = SubjectAccessBundle.json(content);
        Hashes hashes = new Hashes(uk.tidemark.app.evidence.EvidenceFiles.sha256(pdf),
                uk.tidemark.app.evidence.EvidenceFiles.sha256(json));
        // the version the bundle was made from: a mark recorded since, and not yet in it, refuses the release
        bundles.keep(id, pdf, json, () -> commands.send(new ReleaseSubjectAccess(SubjectAccessId.of(id),
                hashes.pdfSha256(), hashes.jsonSha256(), found.sections().size(), body.withheldOn(),
                noWithheld ? null : body.withheld().strip()), view.version()));
        return hashes;
    }

    @PostMapping(path = "/{id}/refusal", consumes = JSON)
    @Operation(summary = "Refuse the request on a legal ground, with the reasons. 204; 400 naming the fields; 409 "
            + "once answered.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = SubjectAccessPages.REFUSE, command = RefuseSubjectAccess.class,
            done = "The refusal is recorded.", labels = {"ground=Legal ground", "reasons=Reasons"})
    void refuse(@PathVariable String id, @Valid @RequestBody Refuse body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.require(user, id);
        commands.send(new RefuseSubjectAccess(SubjectAccessId.of(id), body.ground(), body.reasons().strip()),
                expected);
    }

    @GetMapping("/{id}/bundle.pdf")
    @Operation(summary = "The released bundle as a PDF, byte for byte as released. 404 before it is released.")
    @CaseDataRead
    ResponseEntity<byte[]> pdf(@PathVariable String id,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return download(id, Format.PDF, user);
    }

    @GetMapping("/{id}/bundle.json")
    @Operation(summary = "The released bundle as JSON, byte for byte as released. 404 before it is released.")
    @CaseDataRead
    ResponseEntity<byte[]> json(@PathVariable String id,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return download(id, Format.JSON, user);
    }

    private ResponseEntity<byte[]> download(String id, Format format, TidemarkUser user) {
        CaseOrigin origin = gate.require(user, id);
        SubjectAccessBundles.Released released = bundles.open(id, format)
                .orElseThrow(() -> new NotFoundException("This request has no released bundle."));
        reads.record(user, CaseType.SUBJECT_ACCESS, id, origin.settingId(),
                Map.of("view", "BUNDLE_" + format.name(), "sha256", released.sha256()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + id + "."
                        + format.name().toLowerCase(Locale.UK) + "\"")
                .header("X-Content-SHA256", released.sha256())
                .body(released.content());
    }

    SubjectAccessView find(String id) {
        return queries.query(new FindSubjectAccessRequest(SubjectAccessId.of(id)),
                        ResponseTypes.optionalInstanceOf(SubjectAccessView.class)).join()
                .orElseThrow(() -> new NotFoundException(SubjectAccessGate.NO_SUCH_REQUEST));
    }
}
