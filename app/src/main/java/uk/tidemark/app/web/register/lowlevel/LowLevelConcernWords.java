package uk.tidemark.app.web.register.lowlevel;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;

/** The words the register's pages show for its values, as a model attribute (restricted-mode templates). */
public class LowLevelConcernWords {

    public String category(Category category) {
        return category == null ? "" : uk.tidemark.app.category.BuiltInCategories.words(category);
    }

    public String outcome(ReviewOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "No further action";
            case CONVERSATION_WITH_STAFF -> "A conversation with the member of staff";
            case HARM_THRESHOLD_REFERRAL -> "Referred to the harm threshold route (the LADO)";
            case HR_PROCESS -> "HR or disciplinary process";
        };
    }

    public String status(LowLevelConcernsView r) {
        return switch (r.state()) {
            case REVIEW_DUE -> "Review due";
            case NO_REVIEW_DUE -> r.reviews().isEmpty() ? "No review due" : "Reviewed";
        };
    }

    public String count(LowLevelConcernsView r) {
        int n = r.concerns().size();
        return n == 1 ? "1 concern" : n + " concerns";
    }
}
