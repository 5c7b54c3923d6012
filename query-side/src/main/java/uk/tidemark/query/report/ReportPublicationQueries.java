package uk.tidemark.query.report;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.report.FindReportPublication;
import uk.tidemark.kernel.report.FindReportPublications;
import uk.tidemark.kernel.report.PublicationSummary;
import uk.tidemark.kernel.report.ReportPublication;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Answers the published reports from the documents {@link ReportPublicationProjection} keeps. A reader sees a
 * publication when every one of its settings is theirs: a trust-wide report is not a head's to read because one of
 * its settings is theirs. A trust publishes a few a quarter, so the subset is checked here rather than in MongoDB.
 */
@Component
public class ReportPublicationQueries {

    private final MongoTemplate mongo;

    public ReportPublicationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public List<PublicationSummary> handle(FindReportPublications query) {
        if (query.settingIds().isEmpty()) {
            return List.of();
        }
        Query q = new Query(where("settingIds").in(query.settingIds()))
                .with(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"), Sort.Order.asc("reportId"),
                        Sort.Order.desc("version"), Sort.Order.asc("_id")));
        q.fields().exclude("report").exclude("narrative").exclude("settings");
        return mongo.find(q, ReportPublicationDocument.class).stream()
                .filter(d -> d.settingIds != null && !d.settingIds.isEmpty()
                        && query.settingIds().containsAll(d.settingIds))
                .map(ReportPublicationDocument::summary).toList();
    }

    @QueryHandler
    public Optional<ReportPublication> handle(FindReportPublication query) {
        if (query.publicationId() == null || query.publicationId().isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(query.publicationId(), ReportPublicationDocument.class))
                .map(ReportPublicationDocument::publication);
    }
}
