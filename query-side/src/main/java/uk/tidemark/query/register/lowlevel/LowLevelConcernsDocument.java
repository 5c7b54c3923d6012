package uk.tidemark.query.register.lowlevel;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One member of staff's low-level concerns in a setting, in collection {@code low_level_concerns}. */
@Document(collection = RegisterProjections.LOW_LEVEL_CONCERNS)
class LowLevelConcernsDocument extends CaseHistoryDocument {
    public String settingId;
    public String staffName;
    public String staffUsername;
    public LowLevelConcernsState state;
    public List<ConcernEntry> concerns = new ArrayList<>();
    /** ISO day the review due is due by; null when none is due. */
    public String reviewBy;
    public List<ReviewEntry> reviews = new ArrayList<>();
    /** The few words that name the record (the deadline board shows them). */
    public String summary;

    record ConcernEntry(String incidentId, String reference, Category category, String on, String summary) {
    }

    record ReviewEntry(Instant at, String by, ReviewOutcome outcome, String notes) {
    }
}
