package uk.tidemark.query.register.consent;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.query.FindImageConsent;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads of the image consent register; who may ask is the app's to decide. */
@Component
public class ImageConsentQueries {

    private final MongoTemplate mongo;

    public ImageConsentQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public List<ImageConsentView> handle(FindImageConsents query) {
        if (query.settingIds() == null || query.settingIds().isEmpty()
                || (query.personIds() != null && query.personIds().isEmpty())) {
            return List.of();
        }
        List<Criteria> all = new ArrayList<>();
        all.add(where("settingId").in(query.settingIds()));
        if (query.personIds() != null) {
            all.add(where("personId").in(query.personIds()));
        }
        if (!query.withEnded()) {
            all.add(where("state").is(ImageConsentState.ACTIVE.name()));
        }
        Query q = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                .with(Sort.by("pupilName", "_id"));
        return mongo.find(q, ImageConsentDocument.class).stream().map(ImageConsentQueries::view).toList();
    }

    @QueryHandler
    public Optional<ImageConsentView> handle(FindImageConsent query) {
        return Optional.ofNullable(mongo.findById(query.recordId().value(), ImageConsentDocument.class))
                .map(ImageConsentQueries::view);
    }

    static ImageConsentView view(ImageConsentDocument d) {
        return new ImageConsentView(d.id, d.settingId, d.personId, d.pupilName, d.allowed, d.source, day(d.givenOn),
                d.note, day(d.reviewBy), day(d.lastReviewedOn), d.state, d.endedReason, d.recordedBy, d.recordedAt,
                d.history.stream().map(s -> new ImageConsentView.Entry(s.at(), s.actor(), s.summary())).toList(),
                d.lastSequence);
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
