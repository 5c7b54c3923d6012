package uk.tidemark.app.web.incident;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.web.page.PageNumbers;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list's GOV.UK pagination (the shared {@link PageNumbers}): first, last and the neighbours of the current
 * page, ellipses between; its addresses count pages from 1 and keep the filters.
 */
class CaseListPagingTest {

    @Test
    void pagesFarFromTheCurrentOneFoldIntoAnEllipsis() {
        PageNumbers paging = IncidentPages.paging(Map.of(), 5, 9 * IncidentPages.PAGE_SIZE);
        assertThat(paging.items()).extracting(i -> i.ellipsis() ? null : i.number())
                .containsExactly(1, null, 4, 5, 6, null, 9);
        assertThat(paging.items()).filteredOn(PageNumbers.Item::current).extracting(PageNumbers.Item::number)
                .containsExactly(5);
        assertThat(paging.current()).isEqualTo(5);
        assertThat(paging.last()).isEqualTo(9);
    }

    @Test
    void aPageLinkKeepsTheFiltersAndLeavesOutPageOne() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "OPEN");
        filters.put("mine", "true");
        PageNumbers second = IncidentPages.paging(filters, 2, 3 * IncidentPages.PAGE_SIZE);
        assertThat(second.previous()).isEqualTo("/cases?status=OPEN&mine=true");
        assertThat(second.next()).isEqualTo("/cases?status=OPEN&mine=true&page=3");
        assertThat(IncidentPages.paging(Map.of(), 2, 3 * IncidentPages.PAGE_SIZE).previous()).isEqualTo("/cases");
    }

    @Test
    void theSharedPagingOfOtherListsStillCountsFromZero() {
        PageNumbers audit = PageNumbers.of("/audit", Map.of("kind", "EVENT"), 0, 10, 25);
        assertThat(audit.next()).isEqualTo("/audit?kind=EVENT&page=1");
        assertThat(audit.items()).extracting(PageNumbers.Item::href)
                .containsExactly("/audit?kind=EVENT&page=0", "/audit?kind=EVENT&page=1", "/audit?kind=EVENT&page=2");
    }
}
