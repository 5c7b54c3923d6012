package uk.tidemark.app.web.bundle;

import org.springframework.stereotype.Component;
import uk.tidemark.app.time.LondonTimes;

import java.util.List;

/**
 * The case page's list of the copies exported (decision 0054), in words: called from the template as
 * {@code ${@bundleList.of(c.id())}} on a page only a lead of the case sees (its read is the page's).
 */
@Component("bundleList")
public class CaseBundleList {

    /** One copy as the page lists it. */
    public record Row(String bundleId, String when, String by, String forWhom, boolean redacted, String sha256,
                      String href) {
    }

    private final CaseBundleController bundles;

    CaseBundleList(CaseBundleController bundles) {
        this.bundles = bundles;
    }

    public List<Row> of(String caseId) {
        return bundles.listed(caseId).stream().map(b -> new Row(b.bundleId(), LondonTimes.fullWithTime(b.exportedAt()),
                b.exportedBy(), b.recipient(), b.redactThirdParties(), b.sha256(),
                "/api/incidents/" + caseId + "/bundles/" + b.bundleId())).toList();
    }
}
