package uk.tidemark.app.web.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.query.PersonChronology;

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
    private final ReadAudit reads;

    PersonChronologyController(People people, ReadAudit reads) {
        this.people = people;
        this.reads = reads;
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
