package uk.tidemark.app.web.register.consent;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an image-consent-breach case's page says of the pupils it names who are on the register of its setting with a
 * restriction (issue 18): "On the image consent register: no images", by person id. The page is the case workers'
 * (the same people who keep the register), and its read is audited as the case's. Other cases say nothing.
 */
@Component("imageConsentNotes")
public class ImageConsentNotes {

    private final QueryGateway queries;

    ImageConsentNotes(QueryGateway queries) {
        this.queries = queries;
    }

    /** The note of each restricted pupil the case names, by person id; empty for a case that is not a breach. */
    public Map<String, String> of(IncidentDetail c) {
        if (c == null || !isBreach(c)) {
            return Map.of();
        }
        Set<String> people = c.people().stream().filter(p -> p.personId() != null)
                .map(p -> p.personId().value()).collect(Collectors.toSet());
        if (people.isEmpty()) {
            return Map.of();
        }
        return queries.query(new FindImageConsents(Set.of(c.settingId()), people, false),
                        ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join().stream()
                .filter(entry -> entry.allowed() != null && entry.allowed().restricts())
                .collect(Collectors.toMap(ImageConsentView::personId,
                        entry -> "On the image consent register: " + entry.allowed().restriction(), (a, b) -> a));
    }

    private static boolean isBreach(IncidentDetail c) {
        List<Category> others = c.secondaryCategories() == null ? List.of() : c.secondaryCategories();
        return c.category() == Category.IMAGE_CONSENT_BREACH || others.contains(Category.IMAGE_CONSENT_BREACH);
    }
}
