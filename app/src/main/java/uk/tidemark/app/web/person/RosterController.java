package uk.tidemark.app.web.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.FindOnRoster;

import java.util.ArrayList;
import java.util.List;

/**
 * The school list for someone reporting a concern: pupils and staff of their settings found by name, so that the
 * report names the person the DSL already knows. Names and year or class only: nothing of any case, and people who
 * have left are not offered.
 */
@RestController
@Tag(name = "Incidents")
class RosterController {

    /** A person on a setting's roster, as a reporter may see them. */
    record OnRoster(String personId, String name, PersonRole role, String group, String settingId) {
    }

    private final Rosters rosters;
    private final ReadAudit reads;

    RosterController(Rosters rosters, ReadAudit reads) {
        this.rosters = rosters;
        this.reads = reads;
    }

    @GetMapping("/api/roster")
    @Operation(summary = "Pupils and staff on your settings' rosters (the MIS lists administrators import) whose "
            + "name contains q, whatever its case and accents: their person id (to name them on a report as "
            + "people[].personId), name, role, year or class, setting. Anyone who may report a concern. At most 10 "
            + "(size, up to 50), by name; settingId narrows to one of your settings; people who have left are not "
            + "listed.")
    List<OnRoster> find(@RequestParam String q, @RequestParam(required = false) String settingId,
                        @RequestParam(defaultValue = "10") int size,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.mayLog(user)) {
            throw new ForbiddenException("Your role does not allow this.");
        }
        List<FieldProblem> errors = new ArrayList<>();
        if (q.strip().length() < 2 || q.length() > 200) {
            errors.add(new FieldProblem("q", "must be 2 to 200 characters."));
        }
        if (size < 1 || size > FindOnRoster.MAX_LIMIT) {
            errors.add(new FieldProblem("size", "must be between 1 and " + FindOnRoster.MAX_LIMIT + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<OnRoster> found = rosters.named(user, settingId, q, size).stream()
                .map(m -> new OnRoster(m.personId(), m.name(), m.role(), m.group(), m.settingId())).toList();
        reads.recordList(user, found.size());
        return found;
    }
}
