package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.incident.IncidentViews.*;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.query.ComplaintStatus;
import uk.tidemark.kernel.complaint.query.FindComplaintStatus;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryStatus;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryStatus;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.query.*;
import uk.tidemark.app.access.IncidentAccess;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logging a case, the case list, a case and its chronology. Reads come from the read model, which follows the
 * event store by milliseconds; logging answers once the new case can be read there, within a bound
 * ({@link CreatedCaseReads}), so that a client reading the {@code Location} at once finds it.
 */
@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents", description = "Online-safety incident cases")
class IncidentController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = FindIncidents.MAX_PAGE_SIZE;
    /** A search is a reference or a few words; a longer one is refused rather than matched word by word. */
    static final int MAX_SEARCH = 200;

    private final CaseCommands commands;
    private final QueryGateway queries;
    private final AccessScope scope;
    private final IncidentAccess access;
    private final ReportedPeople reportedPeople;
    private final ReadAudit reads;
    private final AccessAudit denials;
    private final CreatedCaseReads created;
    private final TrustCategoryChoice trustCategories;
    private final PastCases past;

    IncidentController(CaseCommands commands, QueryGateway queries, AccessScope scope, IncidentAccess access,
                       ReportedPeople reportedPeople, ReadAudit reads, AccessAudit denials,
                       CreatedCaseReads created, TrustCategoryChoice trustCategories, PastCases past) {
        this.past = past;
        this.reportedPeople = reportedPeople;
        this.created = created;
        this.trustCategories = trustCategories;
        this.commands = commands;
        this.queries = queries;
        this.scope = scope;
        this.access = access;
        this.reads = reads;
        this.denials = denials;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = IncidentActionController.JSON)
    @Operation(summary = "Log an incident; you are its reporter. 201 with Location and {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> log(@Valid @RequestBody LogIncidentRequest body, BindingResult binding,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.mayLog(user)) { // the security chain already says so; kept here beside the rule it enforces
            throw new ForbiddenException("Your role does not allow this.");
        }
        // Bean Validation's findings and the setting check are answered together, naming every bad field.
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        List<LogIncidentRequest.PersonRequest> named = body.people() == null ? List.of() : body.people();
        // the case's trust; the reporter's own while the setting is in error (that error is reported by itself)
        String caseTrust = access.trustOf(settingId);
        String trustId = caseTrust != null ? caseTrust : user.trustId();
        for (int i = 0; i < named.size(); i++) {
            String username = named.get(i) == null ? null : blankToNull(named.get(i).username());
            if (username != null && !access.isUserOfTrust(username, trustId)) {
                errors.add(new FieldProblem("people[" + i + "].username", IncidentAccess.NOT_A_USER_OF_THE_TRUST));
            }
        }
        List<Person> people = reportedPeople.of(user, settingId, named, errors);
        // the trust's own category is one of the case's trust's: asked only once the setting is one of the user's
        boolean settingKnown = caseTrust != null && errors.stream().noneMatch(e -> e.field().equals("settingId"));
        TrustCategory trustCategory = !settingKnown ? null
                : trustCategories.resolve(body.trustCategoryId(), caseTrust, body.category(), () -> null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        IncidentId id = IncidentId.random();
        commands.send(new LogIncident(id, settingId, body.category(), body.platform(), body.occurredAt(),
                body.summary(), body.links() == null ? List.of() : List.copyOf(body.links()), people,
                body.immediateRisk(), trustCategory), null);
        created.awaitIncident(id); // read-your-writes: the Location answers 200 (bounded wait, decision 0029)
        return ResponseEntity.created(URI.create("/api/incidents/" + id.value())).body(new Created(id.value()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping
    @Operation(summary = "List cases: a safeguarding lead's settings' cases in full, anyone else's own reports as "
            + "status only. Newest first. q finds a case by its reference (RP-26-0042, in any case), or by words of "
            + "its summary or of a person's name on it (every word, in any case, accents aside), among those cases.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageView.class)))
    @CaseDataRead
    PageView<?> list(@RequestParam(required = false) IncidentStatus status,
                     @RequestParam(required = false) Stage stage,
                     @RequestParam(required = false) Severity severity,
                     @RequestParam(required = false) Category category,
                     @RequestParam(required = false) String settingId,
                     @RequestParam(required = false) String ownerId,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldProblem("page", "must be 0 or more."));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (q != null && q.length() > MAX_SEARCH) {
            errors.add(new FieldProblem("q", "must be at most " + MAX_SEARCH + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        boolean caseWorker = AccessScope.isCaseWorker(user);
        // A reporter's filters stop at what their view shows: filtering by stage, severity or owner would reveal them.
        // Nobody is shown, or counted, a case they are a subject of: not even its reporter.
        IncidentFilter filter = caseWorker
                ? new IncidentFilter(status, stage, severity, category, settingId, ownerId,
                scope.settingIdsOf(user), null, user.getUsername())
                : new IncidentFilter(status, null, null, category, settingId, null, null, user.getUsername(),
                user.getUsername());
        filter = filter.searching(q); // within the scope above: a search never widens what the user may see
        IncidentPage result = queries.query(new FindIncidents(filter, page, size),
                ResponseTypes.instanceOf(IncidentPage.class)).join();
        Map<String, String> namesNow = trustCategories.namesNow(result.items().stream()
                .filter(s -> s.trustCategory() != null).map(s -> s.trustCategory().id()).toList());
        List<?> items = result.items().stream()
                .map(s -> caseWorker ? IncidentViews.summary(s, namesNow) : IncidentViews.reported(s, namesNow))
                .toList();
        reads.recordList(user, items.size());
        return new PageView<>(items, result.page(), result.size(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case: in full with an ETag for a safeguarding lead of its setting, status only for "
            + "its reporter, 404 for anyone else. With asOf (an ISO instant): for those who see it in full, the case as "
            + "its events to then made it, with asOf and readBy (reads audited by then); 404 before it existed.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(
            oneOf = {CaseView.class, ReportedCaseView.class, PastCases.PastCaseView.class})))
    @CaseDataRead
    ResponseEntity<?> get(@PathVariable String id, @RequestParam(required = false) String asOf,
                          @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        var moment = asOf == null ? null : past.moment(asOf); // decision 0056: scope as the case is now
        IncidentDetail detail = visible(find(id), user);
        if (detail != null && scope.mayWorkOn(user, detail.settingId())) {
            IncidentDetail shown = moment == null ? detail : past.detail(id, moment);
            CaseView view = IncidentViews.full(shown, linkedDisciplinary(shown), linkedComplaints(shown),
                    namesNow(shown));
            if (moment != null) {
                var then = new PastCases.PastCaseView(view, moment, past.readBy(id, moment)); // reads before this
                reads.record(user, CaseType.INCIDENT, id, detail.settingId(), Map.of("view", "FULL", "asOf", "" + moment));
                return ResponseEntity.ok(then);
            }
            reads.record(user, CaseType.INCIDENT, id, detail.settingId(), Map.of("view", "FULL"));
            return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(detail.version())).body(view);
        }
        if (detail != null && moment == null && user.getUsername().equals(detail.reportedBy())) {
            reads.record(user, CaseType.INCIDENT, id, detail.settingId(), Map.of("view", "REPORTER"));
            return ResponseEntity.ok(IncidentViews.reported(detail, namesNow(detail)));
        }
        if (detail != null) {
            denials.caseHidden(user, CaseType.INCIDENT, id, detail.settingId());
        }
        throw IncidentAccess.notFound();
    }

    @GetMapping("/{id}/chronology")
    @Operation(summary = "What happened on a case, oldest first. Safeguarding leads of its setting only. With asOf "
            + "(an ISO instant), {asOf, entries}: what had happened by then.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(
            oneOf = {ChronologyView[].class, PastCases.PastChronologyView.class})))
    @CaseDataRead
    Object chronology(@PathVariable String id, @RequestParam(required = false) String asOf,
                      @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (asOf == null) {
            return chronology(id, user);
        }
        var moment = past.moment(asOf);
        String settingId = seen(id, user).settingId();
        List<ChronologyView> entries = past.chronology(id, moment); // the unknown id's 404 before the case existed
        reads.record(user, CaseType.INCIDENT, id, settingId, Map.of("results", entries.size(), "asOf", "" + moment));
        return new PastCases.PastChronologyView(moment, entries);
    }

    /** The chronology as it is now, for a lead of the case's setting (the case page's too). */
    List<ChronologyView> chronology(String id, TidemarkUser user) {
        IncidentDetail detail = seen(id, user);
        List<ChronologyView> entries = queries.query(new FindIncidentChronology(IncidentId.of(id)),
                        ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join()
                .stream().map(IncidentViews::chronology).toList();
        reads.record(user, CaseType.INCIDENT, id, detail.settingId(), Map.of("results", entries.size()));
        return entries;
    }

    /** The case now, if the user is a lead of its setting and not a subject of it; else the unknown id's 404. */
    private IncidentDetail seen(String id, TidemarkUser user) {
        IncidentDetail detail = visible(find(id), user);
        if (detail == null || !scope.mayWorkOn(user, detail.settingId())) {
            if (detail != null) {
                denials.caseHidden(user, CaseType.INCIDENT, id, detail.settingId());
            }
            throw IncidentAccess.notFound();
        }
        return detail;
    }

    /** The name the case's trust category has now, if it has one (none: nothing read). */
    private Map<String, String> namesNow(IncidentDetail detail) {
        return detail.trustCategory() == null ? Map.of()
                : trustCategories.namesNow(List.of(detail.trustCategory().id()));
    }

    /** The HR stage and outcome of the cases this one referred, and nothing else of them (BRIEF.md). */
    private List<LinkedDisciplinaryView> linkedDisciplinary(IncidentDetail detail) {
        return detail.disciplinaryCaseIds().stream().map(caseId -> queries.query(
                        new FindDisciplinaryStatus(DisciplinaryCaseId.of(caseId)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryStatus.class)).join()
                .map(s -> new LinkedDisciplinaryView(caseId, s.reference(), s.stage(), s.outcome()))
                .orElse(new LinkedDisciplinaryView(caseId, null, null, null))).toList();
    }

    private List<LinkedComplaintView> linkedComplaints(IncidentDetail detail) {
        return detail.complaintIds().stream().map(complaintId -> queries.query(
                        new FindComplaintStatus(ComplaintId.of(complaintId)),
                        ResponseTypes.optionalInstanceOf(ComplaintStatus.class)).join()
                .map(s -> new LinkedComplaintView(complaintId, s.reference(), s.stage()))
                .orElse(new LinkedComplaintView(complaintId, null, null))).toList();
    }

    /**
     * Null when the user is a subject of the case: to them it does not exist. The attempt is still an access
     * denial in the audit trail, like any other hidden case's.
     */
    private IncidentDetail visible(IncidentDetail detail, TidemarkUser user) {
        if (detail != null && detail.namesAsSubject(user.getUsername())) {
            denials.caseHidden(user, CaseType.INCIDENT, detail.id(), detail.settingId());
            return null;
        }
        return detail;
    }

    /** Null for an unknown id, a blank one included, so that both answer the same 404. */
    private IncidentDetail find(String id) {
        if (id.isBlank()) {
            return null;
        }
        return queries.query(new FindIncident(IncidentId.of(id)), ResponseTypes.instanceOf(IncidentDetail.class))
                .join();
    }
}
