package uk.tidemark.app.web.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.StringNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.validation.DateRules;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.FindCaseReferences;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditSearch;
import uk.tidemark.app.audit.AuditVerifier;
import uk.tidemark.app.audit.AuditEntry;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit trail for those who answer for it: the safeguarding leads and the headteacher see the entries of the
 * cases they may work on and their own sign-ins; administrators see everything (the trail holds no case content).
 * {@code /verify} checks the whole chain.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail")
class AuditController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final AuditSearch search;
    private final AuditLog log;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;
    private final ObjectMapper json;
    private final QueryGateway queries;

    AuditController(AuditSearch search, AuditLog log, AccessScope scope, ConflictOfInterest conflicts,
                    ObjectMapper json, QueryGateway queries) {
        this.queries = queries;
        this.search = search;
        this.log = log;
        this.scope = scope;
        this.conflicts = conflicts;
        this.json = json;
    }

    record EntryView(long position, Instant at, String kind, String actor, String caseType, String caseId,
                     String settingId, String what, JsonNode details, String eventId, String prevHash, String hash) {
    }

    record PageView(List<EntryView> items, int page, int size, long total) {
    }

    record Verification(boolean valid, long entries, Long firstInvalid, String reason, String lastHash) {
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first: filter by caseId (or the case's reference, e.g. RP-26-0042), "
            + "actor (a username), kind (EVENT, READ, SIGN_IN, "
            + "SIGN_IN_FAILED, ACCESS_DENIED, ADMIN, SESSION_ENDED, ACCOUNT), from and to (instants; from inclusive, to exclusive); paged with page "
            + "and size (1-100).")
    PageView list(@RequestParam(required = false) String caseId,
                  @Parameter(description = "A case's reference, e.g. RP-26-0042: its entries, as caseId gives them")
                  @RequestParam(required = false) String reference,
                  @RequestParam(required = false) String actor,
                  @RequestParam(required = false) AuditKind kind,
                  @Parameter(description = "An ISO-8601 instant from 1900 to 2100, e.g. 2025-03-01T00:00:00Z")
                  @RequestParam(required = false) String from,
                  @Parameter(description = "An ISO-8601 instant from 1900 to 2100, after from")
                  @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AuditSearch.Scope visible = scopeOf(user);
        List<FieldProblem> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldProblem("page", "must be 0 or more."));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE + "."));
        }
        // read as text, so that a number is refused rather than read as milliseconds since 1970 (decision 0027)
        Instant fromAt = DateRules.instant("from", from, DateRules.Tense.ANY, errors);
        Instant toAt = DateRules.instant("to", to, DateRules.Tense.ANY, errors);
        if (fromAt != null && toAt != null && !fromAt.isBefore(toAt)) {
            errors.add(new FieldProblem("to", "must be after from."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String theCase = blankless(caseId);
        if (blankless(reference) != null) {
            String found = caseOf(reference.strip());
            if (found == null || (theCase != null && !theCase.equals(found))) {
                return new PageView(List.of(), page, size, 0); // no case has that reference (or not that one)
            }
            theCase = found;
        }
        AuditSearch.Page found = search.find(new AuditSearch.Filter(theCase, blankless(actor), kind, fromAt, toAt),
                visible, page, size);
        return new PageView(found.items().stream().map(this::view).toList(), page, size, found.total());
    }

    @GetMapping("/verify")
    @Operation(summary = "Check the whole chain: {valid, entries, firstInvalid} (firstInvalid is the position of "
            + "the first bad entry, null when valid), with the reason and the last entry's hash.")
    Verification verify(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        scopeOf(user);
        AuditVerifier.Result result = log.verify();
        return new Verification(result.valid(), result.entries(), result.firstInvalid(), result.reason(),
                result.lastHash());
    }

    /**
     * Administrators see everything; case workers the entries of the cases they may work on, and their own
     * sign-ins, but never those of a case they are a subject of, nor of the HR cases and complaints opened from it
     * (conflict of interest, decision 0012).
     */
    private AuditSearch.Scope scopeOf(TidemarkUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return AuditSearch.Scope.all();
        }
        if (!AccessScope.isCaseWorker(user)) { // the security chain already says so; kept beside the rule
            throw new ForbiddenException("Your role does not allow this.");
        }
        List<Setting> settings = scope.settingsOf(user);
        Map<CaseType, Set<String>> byType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            byType.put(type, settings.stream().map(Setting::id)
                    .filter(settingId -> scope.mayWorkOn(user, type, settingId)).collect(Collectors.toSet()));
        }
        return new AuditSearch.Scope(false, byType, user.getUsername(), conflicts.hiddenFrom(user).all());
    }

    private EntryView view(AuditEntry e) {
        try {
            return new EntryView(e.position(), e.at(), e.kind(), e.actor(), e.caseType(), e.caseId(), e.settingId(),
                    e.what(), json.readTree(e.details()), e.eventId(), e.prevHash(), e.hash());
        } catch (tools.jackson.core.JacksonException notJson) {
            // only a row changed by hand: show it as it is (the verifier names it)
            return new EntryView(e.position(), e.at(), e.kind(), e.actor(), e.caseType(), e.caseId(), e.settingId(),
                    e.what(), StringNode.valueOf(e.details()), e.eventId(), e.prevHash(), e.hash());
        }
    }

    /** The id of the case with this reference, or null. */
    private String caseOf(String reference) {
        return queries.query(new FindCaseReferences(Set.of(), Set.of(reference)),
                        ResponseTypes.multipleInstancesOf(FindCaseReferences.CaseReference.class)).join().stream()
                .map(FindCaseReferences.CaseReference::caseId).findFirst().orElse(null);
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
