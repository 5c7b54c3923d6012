package uk.tidemark.app.web.incident;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's GOV.UK pagination: first, last and the neighbours of the current page, ellipses between. */
class CaseListPagingTest {

    @Test
    void pagesFarFromTheCurrentOneFoldIntoAnEllipsis() {
        var links = IncidentPages.pageLinks(Map.of(), 5, 9);
        assertThat(links).extracting(IncidentPages.PageLink::number)
                .containsExactly(1, null, 4, 5, 6, null, 9);
        assertThat(links).filteredOn(IncidentPages.PageLink::current).extracting(IncidentPages.PageLink::number)
                .containsExactly(5);
    }

    @Test
    void aPageLinkKeepsTheFiltersAndLeavesOutPageOne() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "OPEN");
        filters.put("mine", "true");
        assertThat(IncidentPages.href(filters, 1)).isEqualTo("/cases?status=OPEN&mine=true");
        assertThat(IncidentPages.href(filters, 3)).isEqualTo("/cases?status=OPEN&mine=true&page=3");
    }
}
