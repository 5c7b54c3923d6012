package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.util.List;

/**
 * The kind of concern the case is was changed: from what, to what, the other kinds it is before and after, and why.
 * {@code trustCategoryFrom} and {@code trustCategoryTo} are the trust's own category before and after (decision
 * 0041), each with its name as it was then; null for none, and in every event stored before trust categories existed.
 * Added to revision 1 without an upcaster, as {@link IncidentLogged}'s reference was: a missing field reads as null,
 * which is what it means.
 */
@Revision("1")
public record CategoryChanged(IncidentId incidentId, Category from, Category to, List<Category> secondaryFrom,
                              List<Category> secondaryTo, @Personal String reason, TrustCategory trustCategoryFrom,
                              TrustCategory trustCategoryTo) implements IncidentEvent {

    /** A change of the built-in categories of a case without a trust category, before and after. */
    public CategoryChanged(IncidentId incidentId, Category from, Category to, List<Category> secondaryFrom,
                           List<Category> secondaryTo, String reason) {
        this(incidentId, from, to, secondaryFrom, secondaryTo, reason, null, null);
    }
}
