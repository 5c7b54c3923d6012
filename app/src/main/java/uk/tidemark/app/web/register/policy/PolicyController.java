package uk.tidemark.app.web.register.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.register.policy.PolicyJson.*;
import uk.tidemark.app.web.register.policy.PolicyRequests.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.policy.command.*;
import uk.tidemark.kernel.policy.query.FindPolicies;
import uk.tidemark.kernel.policy.query.PolicyView;

import java.net.URI;
import java.util.*;

/**
 * Policies and their acknowledgement (issue 18, item 3): the headteacher of a setting, or an administrator of its
 * trust, publishes a version and every member of staff it names is asked to read and acknowledge it. Trustees get
 * 403 (they see the report's shares); a policy of another setting is 404.
 */
@RestController
@RequestMapping("/api/policies")
@Tag(name = "Policies", description = "Policies staff must read and acknowledge, and their training records")
class PolicyController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final PolicyGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;
    private final EventStore events;

    PolicyController(PolicyGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                     ReadAudit reads, EventStore events) {
        this.events = events;
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Publish a policy in one or more settings (one policy each): everyone holding the roles "
            + "there now is asked to acknowledge it within the acknowledgement timescale. Headteacher (own "
            + "settings) or administrator (the trust's). 201 with {ids}; 409 when nobody holds the roles.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> publish(@Valid @RequestBody Publish body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!gate.mayPublishAnywhere(user)) {
            throw new ForbiddenException("Only a headteacher or an administrator publishes policies.");
        }
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        List<String> settings = settingsFor(user, body.settingIds(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<String> roles = body.roles().stream().map(Role::name).distinct().toList();
        List<String> ids = new ArrayList<>();
        for (String settingId : settings) {
            PolicyId id = PolicyId.random();
            commands.send(new PublishPolicy(id, settingId, body.title().strip(), body.text(), body.effectiveFrom(),
                    roles, gate.peopleWith(settingId, EnumSet.copyOf(body.roles()))), null);
            ids.add(id.value());
        }
        ids.forEach(id -> ReadCatchUp.awaitAbove(() -> versionOf(id), -1));
        return ResponseEntity.created(URI.create("/api/policies/" + ids.get(0))).body(new Created(ids));
    }

    @GetMapping
    @Operation(summary = "The policies of your settings, by title, with how many were asked, have acknowledged "
            + "and are overdue, and whether you are asked and have acknowledged.")
    List<Summary> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireStaffOrAdmin(user);
        return policiesOf(user).stream().map(p -> Summary.of(p, user.getUsername())).toList();
    }

    @GetMapping("/{policyId}")
    @Operation(summary = "A policy: its text and its version in force, with an ETag; for the setting's headteacher "
            + "also who has acknowledged it and who has not. 404 for a policy of another setting.")
    @CaseDataRead
    ResponseEntity<Detail> get(@PathVariable String policyId,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        PolicyView p = gate.require(user, policyId);
        boolean who = gate.maySeeWho(user, p.settingId());
        reads.record(user, CaseType.POLICY, policyId, p.settingId(), Map.of("view", who ? "FULL" : "TEXT"));
        Detail detail = new Detail(Summary.of(p, user.getUsername()), p.text(), p.roles(),
                who ? p.acknowledged().stream().map(a -> new Person(a.username(), gate.nameOf(a.username()), a.at()))
                        .toList() : null,
                who ? p.waitingFor().stream().map(u -> new Waiting(u, gate.nameOf(u), p.overdue().contains(u)))
                        .toList() : null,
                p.lastSequence());
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(p.lastSequence())).body(detail);
    }

    @PostMapping(path = "/{policyId}/versions", consumes = JSON)
    @Operation(summary = "Publish a new version: everyone holding its roles in the setting now is asked again, and "
            + "what the earlier version still asked is cancelled. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void newVersion(@PathVariable String policyId, @Valid @RequestBody NewVersion body,
                    @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        PolicyView p = gate.requirePublisher(user, policyId);
        Set<Role> roles = body.roles() == null || body.roles().isEmpty()
                ? rolesOf(p) : EnumSet.copyOf(body.roles());
        commands.send(new PublishPolicyVersion(PolicyId.of(policyId), body.title().strip(), body.text(),
                body.effectiveFrom(), roles.stream().map(Role::name).toList(), gate.peopleWith(p.settingId(), roles)),
                expected);
        awaitAfter(p);
    }

    @PostMapping(path = "/{policyId}/asks", consumes = JSON)
    @Operation(summary = "Ask the people who hold the policy's roles in the setting now and were not asked (who "
            + "joined since) to acknowledge the version in force; no body, or {}. 204; 409 when nobody is new.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void askAgain(@PathVariable String policyId, @RequestBody(required = false) Map<String, Object> body,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        noFields(body);
        PolicyView p = gate.requirePublisher(user, policyId);
        commands.send(new AskToAcknowledge(PolicyId.of(policyId), gate.peopleWith(p.settingId(), rolesOf(p))), null);
        awaitAfter(p);
    }

    @PostMapping(path = "/{policyId}/acknowledgement", consumes = JSON)
    @Operation(summary = "I have read and understood the version I was shown ({version}): meets my deadline. 204; "
            + "409 when you were not asked, have acknowledged it already, or a newer version is in force.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable String policyId, @Valid @RequestBody Acknowledge body,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        PolicyView p = gate.require(user, policyId);
        commands.send(new AcknowledgePolicy(PolicyId.of(policyId), body.version()), null);
        awaitAfter(p);
    }

    @PostMapping(path = "/{policyId}/withdrawal", consumes = JSON)
    @Operation(summary = "Withdraw the policy: nobody is asked to acknowledge it any more. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String policyId, @Valid @RequestBody Retire body,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        PolicyView p = gate.requirePublisher(user, policyId);
        commands.send(new RetirePolicy(PolicyId.of(policyId), body.reason()), null);
        awaitAfter(p);
    }

    /** The policies of the user's settings, as the read model has them. */
    List<PolicyView> policiesOf(TidemarkUser user) {
        return queries.query(new FindPolicies(scope.settingIdsOf(user)),
                ResponseTypes.multipleInstancesOf(PolicyView.class)).join();
    }

    private List<String> settingsFor(TidemarkUser user, List<String> requested, List<FieldProblem> errors) {
        List<String> mine = scope.settingsOf(user).stream().map(s -> s.id())
                .filter(id -> gate.mayPublish(user, id)).toList();
        if (requested == null || requested.isEmpty()) {
            if (mine.size() == 1) {
                return mine;
            }
            errors.add(new FieldProblem("settingIds", mine.isEmpty()
                    ? "cannot be chosen: you publish in no setting." : "is required: you publish in more than one setting."));
            return List.of();
        }
        if (!mine.containsAll(requested)) {
            errors.add(new FieldProblem("settingIds", "must be settings you publish policies in."));
        }
        return requested.stream().distinct().toList();
    }

    private static Set<Role> rolesOf(PolicyView p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        p.roles().forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private static void noFields(Map<String, Object> body) {
        if (body != null && !body.isEmpty()) {
            throw new InvalidRequestException(body.keySet().iterator().next(), "is not a field of this request.");
        }
    }

    private long versionOf(String id) {
        try {
            return gate.find(id).lastSequence();
        } catch (RuntimeException notYet) {
            return -1;
        }
    }

    /**
     * Read-your-writes: the next read of the policy shows the change (bounded wait, decision 0029). A command applies
     * several events (the version, then the deadlines it cancels and sets): it waits for the last one stored.
     */
    private void awaitAfter(PolicyView before) {
        long stored = events.lastSequenceNumberFor(before.id()).orElse(before.lastSequence() + 1);
        ReadCatchUp.awaitAbove(() -> versionOf(before.id()), stored - 1);
    }
}
