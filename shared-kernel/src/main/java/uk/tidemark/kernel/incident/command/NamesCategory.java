package uk.tidemark.kernel.incident.command;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.TrustCategory;

/**
 * A command that gives the case its main category and, optionally, one of the trust's own categories under it:
 * {@link LogIncident} and {@link ChangeCategory} (decision 0041). They share the rule that the trust category is
 * under the main one.
 */
public interface NamesCategory {

    Category category();

    /** The trust's own category, or null for none. */
    TrustCategory trustCategory();
}
