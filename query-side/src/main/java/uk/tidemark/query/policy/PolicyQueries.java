package uk.tidemark.query.policy;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.policy.query.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the policies and training records from the documents {@link PolicyProjection} keeps. */
@Component
public class PolicyQueries {

    private final MongoTemplate mongo;

    public PolicyQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<PolicyView> handle(FindPolicy query) {
        return Optional.ofNullable(mongo.findById(query.policyId().value(), PolicyDocument.class))
                .map(PolicyQueries::view);
    }

    /** By title, then id; a caller who may see no setting sees nothing. */
    @QueryHandler
    public List<PolicyView> handle(FindPolicies query) {
        if (query.visibleSettingIds() != null && query.visibleSettingIds().isEmpty()) {
            return List.of();
        }
        Query q = query.visibleSettingIds() == null ? new Query()
                : new Query(where("settingId").in(query.visibleSettingIds()));
        q.with(Sort.by(Sort.Order.asc("title"), Sort.Order.asc("_id")));
        return mongo.find(q, PolicyDocument.class).stream().map(PolicyQueries::view).toList();
    }

    /** By person, then course, then the day completed; removed records are left out. */
    @QueryHandler
    public List<TrainingView> handle(FindTrainingRecords query) {
        if (query.visibleSettingIds() != null && query.visibleSettingIds().isEmpty()) {
            return List.of();
        }
        Criteria criteria = where("removed").is(false);
        if (query.visibleSettingIds() != null) {
            criteria = criteria.and("settingId").in(query.visibleSettingIds());
        }
        if (query.person() != null) {
            criteria = criteria.and("person").is(query.person());
        }
        Query q = new Query(criteria).with(Sort.by(Sort.Order.asc("person"), Sort.Order.asc("course"),
                Sort.Order.asc("completedOn"), Sort.Order.asc("_id")));
        return mongo.find(q, TrainingDocument.class).stream().map(PolicyQueries::training).toList();
    }

    @QueryHandler
    public Optional<TrainingView> handle(FindTrainingRecord query) {
        return Optional.ofNullable(mongo.findById(query.trainingId(), TrainingDocument.class))
                .map(PolicyQueries::training);
    }

    private static TrainingView training(TrainingDocument d) {
        return new TrainingView(d.id, d.settingId, d.person, d.course, date(d.completedOn), date(d.expiresOn),
                d.recordedBy, d.removed);
    }

    private static PolicyView view(PolicyDocument d) {
        return new PolicyView(d.id, d.settingId, d.title, d.text, d.version, date(d.effectiveFrom),
                List.copyOf(d.roles), d.publishedBy, d.publishedAt, date(d.acknowledgeBy), d.state,
                List.copyOf(d.asked),
                d.acknowledged.stream().map(a -> new PolicyView.Acknowledgement(a.username(), a.at())).toList(),
                List.copyOf(d.overdue), d.lastSequence);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
