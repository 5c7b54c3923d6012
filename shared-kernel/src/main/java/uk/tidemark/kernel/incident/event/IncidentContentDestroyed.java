package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.ContentDestroyed;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;

/**
 * A second lead confirmed the destruction and the case's data key was destroyed with this event, in one transaction:
 * from here on its personal content reads back as the erasure marker everywhere (decision 0051). What is not
 * personal (category, dates, steps, outcome) stays, so the counts the trustees saw do not change.
 */
@Revision("1")
public record IncidentContentDestroyed(IncidentId incidentId, ErasureGround ground)
        implements IncidentEvent, ContentDestroyed {
}
