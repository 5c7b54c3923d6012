package uk.tidemark.kernel.lowlevel.query;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member of staff's low-level concerns in a setting: each concern, the review due and those recorded. */
public record LowLevelConcernsView(String id, String settingId, String staffName, String staffUsername,
                                   LowLevelConcernsState state, List<Concern> concerns, LocalDate reviewBy,
                                   List<Review> reviews, String summary, long version) {

    public record Concern(String incidentId, String reference, Category category, LocalDate on, String summary) {
    }

    public record Review(Instant at, String by, ReviewOutcome outcome, String notes) {
    }
}
