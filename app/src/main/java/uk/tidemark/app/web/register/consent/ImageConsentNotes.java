package uk.tidemark.app.web.register.consent;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.Category;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The note of each restricted pupil the case names, by person id; empty for a case that is not a breach (neither
     * its category nor one of its other categories is IMAGE_CONSENT_BREACH).
     */
    public Map<String, String> of(String settingId, Category category, List<Category> secondary,
                                  List<String> personIds) {
        boolean breach = category == Category.IMAGE_CONSENT_BREACH
                || (secondary != null && secondary.contains(Category.IMAGE_CONSENT_BREACH));
        if (!breach || settingId == null || personIds == null) {
            return Map.of();
        }
        Set<String> people = personIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (people.isEmpty()) {
            return Map.of();
        }
        return queries.query(new FindImageConsents(Set.of(settingId), people, false),
                        ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join().stream()
                .filter(entry -> entry.allowed() != null && entry.allowed().restricts())
                .collect(Collectors.toMap(ImageConsentView::personId,
                        entry -> "On the image consent register: " + entry.allowed().restriction(), (a, b) -> a));
    }
}
