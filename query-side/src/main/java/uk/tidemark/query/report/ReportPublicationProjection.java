package uk.tidemark.query.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.QuarterlyReportPublished;
import uk.tidemark.query.support.ReadStoreConversions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The published quarterly reports (issue 17): one {@link ReportPublicationDocument} per publication, written once
 * from its one event and never changed, so what the board was shown reads back as it was frozen however the
 * quarter's cases move on. Its own processing group: a publication is rare and must not wait behind the cases.
 */
@Component
@ProcessingGroup(ReportPublicationProjection.PROCESSING_GROUP)
public class ReportPublicationProjection {
    public static final String PROCESSING_GROUP = "report-publications";
    private static final Logger log = LoggerFactory.getLogger(ReportPublicationProjection.class);

    private final MongoTemplate mongo;

    public ReportPublicationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), ReportPublicationDocument.COLLECTION);
    }

    @EventHandler
    public void on(QuarterlyReportPublished e, @SequenceNumber long seq, @Timestamp Instant at) {
        if (mongo.findById(e.publicationId(), ReportPublicationDocument.class) != null) {
            return; // redelivered
        }
        ReportPublicationDocument doc = new ReportPublicationDocument();
        doc.id = e.publicationId();
        doc.reportId = e.reportId().value();
        doc.year = e.quarter().year();
        doc.quarter = e.quarter().quarter();
        doc.version = e.version();
        doc.trustName = e.trustName();
        doc.settings = e.settings() == null ? List.of() : e.settings().stream().filter(Objects::nonNull).toList();
        doc.settingIds = doc.settings.stream().map(PublishedSetting::settingId).filter(Objects::nonNull).toList();
        doc.report = e.report();
        doc.narrative = e.narrative();
        doc.publishedBy = e.publishedBy();
        doc.publishedAt = ReadStoreConversions.storable(at);
        doc.sha256 = e.sha256();
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            log.debug("Publication {} was stored concurrently; keeping the stored document", doc.id);
        }
    }
}
