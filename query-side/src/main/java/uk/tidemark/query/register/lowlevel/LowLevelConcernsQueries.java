package uk.tidemark.query.register.lowlevel;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcerns;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcernsRecord;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the low-level concerns register from the documents {@link LowLevelConcernsProjection} keeps. */
@Component
public class LowLevelConcernsQueries {

    private final MongoTemplate mongo;

    public LowLevelConcernsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<LowLevelConcernsView> handle(FindLowLevelConcernsRecord query) {
        return Optional.ofNullable(mongo.findById(query.id().value(), LowLevelConcernsDocument.class))
                .map(LowLevelConcernsQueries::view);
    }

    /** The settings' records with at least one concern, by name; never the one about {@code hiddenFrom}. */
    @QueryHandler
    public List<LowLevelConcernsView> handle(FindLowLevelConcerns query) {
        if (query.settingIds() == null || query.settingIds().isEmpty()) {
            return List.of();
        }
        Query q = new Query(where("settingId").in(query.settingIds()))
                .with(Sort.by(Sort.Order.asc("staffName"), Sort.Order.asc("_id")));
        return mongo.find(q, LowLevelConcernsDocument.class).stream()
                .filter(d -> query.hiddenFrom() == null || !Objects.equals(query.hiddenFrom(), d.staffUsername))
                .filter(d -> !d.concerns.isEmpty() || !d.reviews.isEmpty())
                .map(LowLevelConcernsQueries::view).toList();
    }

    private static LowLevelConcernsView view(LowLevelConcernsDocument d) {
        return new LowLevelConcernsView(d.id, d.settingId, d.staffName, d.staffUsername, d.state,
                d.concerns.stream().map(c -> new LowLevelConcernsView.Concern(c.incidentId(), c.reference(),
                        c.category(), c.on() == null ? null : LocalDate.parse(c.on()), c.summary())).toList(),
                d.reviewBy == null ? null : LocalDate.parse(d.reviewBy),
                d.reviews.stream().map(r -> new LowLevelConcernsView.Review(r.at(), r.by(), r.outcome(), r.notes()))
                        .toList(), d.summary, d.lastSequence);
    }
}
