package uk.tidemark.app.web.register.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
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
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.register.policy.PolicyJson.TrainingCreated;
import uk.tidemark.app.web.register.policy.PolicyRequests.RemoveTraining;
import uk.tidemark.app.web.register.policy.PolicyRequests.Training;
import uk.tidemark.kernel.policy.TrainingId;
import uk.tidemark.kernel.policy.command.RecordTraining;
import uk.tidemark.kernel.policy.command.RemoveTrainingRecord;
import uk.tidemark.kernel.policy.query.FindTrainingRecord;
import uk.tidemark.kernel.policy.query.FindTrainingRecords;
import uk.tidemark.kernel.policy.query.TrainingView;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Training records beside the policies, and each setting's compliance. The headteacher and the safeguarding leads
 * of a setting record anyone's training there and see everyone's; any other member of staff records and sees
 * their own. The compliance shares are the headteacher's and the administrator's. Trustees get 403.
 */
@RestController
@RequestMapping("/api/policies")
class TrainingController {

    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final PolicyGate gate;
    private final PolicyCompliance compliance;
    private final ReadAudit reads;

    TrainingController(CaseCommands commands, AccessScope scope, QueryGateway queries, PolicyGate gate,
                       PolicyCompliance compliance, ReadAudit reads) {
        this.reads = reads;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.gate = gate;
        this.compliance = compliance;
    }

    /** The headteacher and the safeguarding leads keep the setting's training records. */
    static boolean keepsTraining(TidemarkUser user) {
        return user.hasAnyRole(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL);
    }

    @GetMapping("/training")
    @Operation(summary = "Training records: for the headteacher and safeguarding leads, everyone's in their settings; "
            + "for other staff, their own. By person, then course; each in date or expired today.")
    @CaseDataRead
    List<PolicyJson.Training> training(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        requireStaff(user);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<TrainingView> found = records(user);
        reads.recordList(user, found.size());
        return found.stream().map(t -> new PolicyJson.Training(t.id(), t.settingId(), t.person(),
                gate.nameOf(t.person()), t.course(), t.completedOn(), t.expiresOn(), t.inDateOn(today))).toList();
    }

    List<TrainingView> records(TidemarkUser user) {
        return queries.query(new FindTrainingRecords(scope.settingIdsOf(user),
                        keepsTraining(user) ? null : user.getUsername()),
                ResponseTypes.multipleInstancesOf(TrainingView.class)).join();
    }

    @PostMapping(path = "/training", consumes = PolicyController.JSON)
    @Operation(summary = "Record a course completed: by the headteacher or a safeguarding lead for anyone of the "
            + "setting, by anyone else for themselves (person left out). 201 with {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TrainingCreated> record(@Valid @RequestBody Training body, BindingResult binding,
                                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        requireStaff(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        String person = body.person() == null || body.person().isBlank() ? user.getUsername() : body.person().strip();
        if (!person.equals(user.getUsername())) {
            if (!keepsTraining(user)) {
                throw new ForbiddenException("You record your own training; the headteacher or a safeguarding lead "
                        + "records other people's.");
            }
            if (settingId != null && !gate.peopleWith(settingId, PolicyGate.STAFF_ROLES).contains(person)) {
                errors.add(new FieldProblem("person", "must be a member of staff of the setting."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        TrainingId id = TrainingId.random();
        commands.send(new RecordTraining(id, settingId, person, body.course().strip(), body.completedOn(),
                body.expiresOn()), null);
        ReadCatchUp.awaitAbove(() -> records(user).stream().anyMatch(t -> t.id().equals(id.value())) ? 1 : -1, 0);
        return ResponseEntity.created(URI.create("/api/policies/training")).body(new TrainingCreated(id.value()));
    }

    @PostMapping(path = "/training/{trainingId}/removal", consumes = PolicyController.JSON)
    @Operation(summary = "Remove a training record entered in error: the headteacher or a safeguarding lead, or the "
            + "person it is about. 204; 404 for a record you may not see.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String trainingId, @Valid @RequestBody RemoveTraining body,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        requireStaff(user);
        TrainingView record = queries.query(new FindTrainingRecord(trainingId),
                ResponseTypes.optionalInstanceOf(TrainingView.class)).join()
                .filter(t -> scope.settingIdsOf(user).contains(t.settingId()))
                .filter(t -> keepsTraining(user) || t.person().equals(user.getUsername()))
                .orElseThrow(() -> new NotFoundException("There is no training record with this id."));
        commands.send(new RemoveTrainingRecord(TrainingId.of(trainingId), body.reason()), null);
        ReadCatchUp.awaitAbove(() -> records(user).stream().anyMatch(t -> t.id().equals(record.id())) ? -1 : 1, 0);
    }

    @GetMapping("/compliance")
    @Operation(summary = "For each of your settings, each policy in force with how many staff were asked, have "
            + "acknowledged and are overdue, and how many staff have their training in date. Headteacher and "
            + "administrator.")
    List<PolicyCompliance.SettingCompliance> compliance(
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!user.hasAnyRole(Role.HEADTEACHER, Role.ADMIN)) {
            throw new ForbiddenException("The policies' compliance is the headteacher's and the administrator's.");
        }
        return compliance.of(user);
    }

    private static void requireStaff(TidemarkUser user) {
        if (!PolicyGate.isStaff(user)) {
            throw new ForbiddenException("Training records are kept for the staff of a setting.");
        }
    }
}
