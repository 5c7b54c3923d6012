package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/**
 * Name a person the report left out (the reporter did not know them, or forgot): a new person, or one already known
 * on another case ({@code person.personId()} theirs), with why they are added. A user named as a SUBJECT has a
 * conflict of interest from then on, as if linked.
 */
public record AddPersonToCase(@TargetAggregateIdentifier IncidentId incidentId, Person person, String reason)
        implements RecordCorrection {
}
