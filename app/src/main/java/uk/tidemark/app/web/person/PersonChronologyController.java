package uk.tidemark.app.web.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.Limits;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.person.MergePerson;
import uk.tidemark.kernel.incident.query.FindPeople;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.person.RosterMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person's chronology across every case they are named on that the user may work on (and is not a subject of): patterns matter in
 * safeguarding (BRIEF.md). A person named only on cases the user may not see is as unknown as an id that never
 * existed.
 */
@RestController
@Tag(name = "Incidents")
class PersonChronologyController {

    static final String NO_SUCH_PERSON = "There is no person with this id.";

    private final People people;
    private final Rosters rosters;
    private final ReadAudit reads;
    private final CaseCommands commands;

    PersonChronologyController(People people, Rosters rosters, ReadAudit reads, CaseCommands commands) {
        this.people = people;
        this.rosters = rosters;
        this.reads = reads;
        this.commands = commands;
    }

    /** Two records of one person, joined: into which, and why. */
    @Schema(name = "PersonMerge")
    record Merge(@NotBlank(message = Limits.REQUIRED) @Chars(max = Limits.NAME) String intoPersonId,
                 @NotBlank(message = Limits.REQUIRED) @Chars(max = Limits.TEXT) String reason) {
    }

    @PostMapping(path = "/api/people/{personId}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Join two records of one person: this record is merged into intoPersonId's, whose "
            + "chronology then shows every case of both; this id answers with the survivor's from then on. This "
            + "record must be a person on cases you can see, intoPersonId one too or a person on your settings' "
            + "rosters (a name typed on a report joined to the pupil on the school list). A record is merged once "
            + "(409). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void merge(@PathVariable String personId, @Valid @RequestBody Merge body,
               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        PersonChronology merged = people.visibleTo(user, personId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_PERSON));
        String survivorId = people.visibleTo(user, body.intoPersonId()).map(PersonChronology::personId)
                .or(() -> rosters.onRosterOf(user, body.intoPersonId()).map(RosterMatch::personId))
                .orElseThrow(() -> new InvalidRequestException("intoPersonId",
                        "is not a person on any case you can see, nor on your settings' rosters."));
        if (merged.personId().equals(survivorId)) {
            throw new RefusedCommandException(merged.personId().equals(personId.strip())
                    ? MergePerson.INTO_ITSELF : MergePerson.ALREADY_MERGED);
        }
        commands.send(new MergePerson(PersonId.of(personId.strip()), PersonId.of(survivorId),
                body.reason()), null);
    }

    /**
     * A found person: their id, their name, how many of your cases name them and when the latest was logged; for a
     * person on a setting's roster (its MIS list), their year or class and whether they have left (null otherwise).
     */
    record PersonFound(String personId, String name, int cases, java.time.Instant lastCaseAt, String group,
                       Boolean left) {
    }

    @GetMapping("/api/people")
    @Operation(summary = "People named on your settings' cases or on their rosters (the MIS lists), found by name: q "
            + "anywhere in the name, whatever its case and accents ('zoe' finds Zoë). Each with how many of your cases "
            + "name them and when the latest was logged (0 and null for a person on a roster no case names yet), and "
            + "for a person on a roster their year or class and whether they have left; cases you are a subject of are "
            + "left out. At most 20 (size, up to 50), by name.")
    @CaseDataRead
    List<PersonFound> find(@RequestParam String q, @RequestParam(defaultValue = "20") int size,
                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>();
        if (q.strip().length() < 2 || q.length() > 200) {
            errors.add(new FieldProblem("q", "must be 2 to 200 characters."));
        }
        if (size < 1 || size > FindPeople.MAX_LIMIT) {
            errors.add(new FieldProblem("size", "must be between 1 and " + FindPeople.MAX_LIMIT + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<PersonFound> found = people.named(user, q, size).stream()
                .map(m -> new PersonFound(m.personId(), m.name(), m.cases(), m.lastCaseAt(), m.group(), m.left()))
                .toList();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/api/people/{personId}/chronology")
    @Operation(summary = "A person across the cases of your settings: their part in each, and every entry of "
            + "those cases' chronologies, oldest first. Safeguarding leads and the headteacher.")
    @CaseDataRead
    PersonChronology chronology(@PathVariable String personId,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        PersonChronology found = people.visibleTo(user, personId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_PERSON));
        // an entry in the trail of every case whose data the chronology shows, so that each case's trail finds it
        reads.recordCases(user, found.cases().stream()
                        .map(c -> new ReadAudit.CaseShown(CaseType.INCIDENT, c.incidentId(), c.settingId())).toList(),
                Map.of("view", "PERSON_CHRONOLOGY", "personId", found.personId()));
        return found;
    }
}
