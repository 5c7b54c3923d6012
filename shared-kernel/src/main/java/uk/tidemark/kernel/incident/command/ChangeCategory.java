package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.util.List;

/**
 * Change what kind of concern the case is, and which other kinds it is as well (a post can be both defamation and an
 * image-consent breach), with why. {@code secondary} is the whole list after the change (empty: none), and
 * {@code trustCategory} the trust's own category after it (null: none; decision 0041).
 */
public record ChangeCategory(@TargetAggregateIdentifier IncidentId incidentId, Category category,
                             List<Category> secondary, String reason, TrustCategory trustCategory)
        implements RecordCorrection, NamesCategory {

    /** A change that leaves the case without a trust category. */
    public ChangeCategory(IncidentId incidentId, Category category, List<Category> secondary, String reason) {
        this(incidentId, category, secondary, reason, null);
    }
}
