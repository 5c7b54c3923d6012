package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;

import java.time.Instant;
import java.util.List;

/**
 * A person across the cases the caller may see: how they are named, the cases (with their part in each), and
 * every chronology entry of those cases, oldest first, each naming its case.
 */
public record PersonChronology(String personId, String name, List<PersonCase> cases, List<Entry> entries) {

    /** @param reference the case's reference people say ({@code RP-26-0042}); null only for a case not yet given one */
    public record PersonCase(String incidentId, String reference, String settingId, PersonRole role,
                             Involvement involvement, Category category, IncidentStatus status, Instant loggedAt) {
    }

    /** {@code actorName}: for a line received from another installation (decision 0057), who, as it named them. */
    public record Entry(String incidentId, Instant at, String type, String actor, String summary, long sequence,
                        String actorName) {

        public Entry(String incidentId, Instant at, String type, String actor, String summary, long sequence) {
            this(incidentId, at, type, actor, summary, sequence, null);
        }
    }
}
