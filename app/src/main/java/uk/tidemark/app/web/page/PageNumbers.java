package uk.tidemark.app.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links of a GOV.UK pagination block ({@code fragments/paging.html}): previous, next, the first and last pages,
 * and the pages next to the current one, with gaps shown as an ellipsis. The pages are numbered from 1 for people;
 * each link keeps the list's other query parameters. The {@code page} parameter of the links counts from 0
 * ({@link #of}, like the API's lists) or from 1 ({@link #ofFromOne}, the case list's addresses).
 */
public record PageNumbers(String previous, String next, List<Item> items, int current, int last) {

    /** One numbered link, or a gap ({@code ellipsis}). */
    public record Item(int number, String href, boolean current, boolean ellipsis) {
        /** GOV.UK's modifier classes of the item (built here: "__" in a template expression is Thymeleaf's). */
        public String classes() {
            return current ? "govuk-pagination__item--current" : ellipsis ? "govuk-pagination__item--ellipses" : "";
        }
    }

    /**
     * @param path   the list's path
     * @param params its other query parameters (blank ones are left out of the links)
     * @param page   the current page, from 0
     */
    public static PageNumbers of(String path, Map<String, String> params, int page, int size, long total) {
        return build(path, params, page, size, total, false);
    }

    /**
     * The same for a list whose address counts pages from 1, page 1 being the bare address ({@code /cases},
     * {@code /cases?page=2}, ...).
     *
     * @param page the current page, from 0 (as for {@link #of}); only the links count from 1
     */
    public static PageNumbers ofFromOne(String path, Map<String, String> params, int page, int size, long total) {
        return build(path, params, page, size, total, true);
    }

    private static PageNumbers build(String path, Map<String, String> params, int page, int size, long total,
                                     boolean fromOne) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Item> items = new ArrayList<>();
        int previousShown = -1;
        for (int p = 0; p < pages; p++) {
            if (p == 0 || p == pages - 1 || Math.abs(p - current) <= 1) {
                if (previousShown >= 0 && p - previousShown > 1) {
                    items.add(new Item(0, null, false, true));
                }
                items.add(new Item(p + 1, href(path, params, p, fromOne), p == current, false));
                previousShown = p;
            }
        }
        return new PageNumbers(current > 0 ? href(path, params, current - 1, fromOne) : null,
                current < pages - 1 ? href(path, params, current + 1, fromOne) : null, items, current + 1, pages);
    }

    /** Whether there is more than one page (otherwise no pagination is shown). */
    public boolean several() {
        return last > 1;
    }

    private static String href(String path, Map<String, String> params, int page, boolean fromOne) {
        Map<String, String> all = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                all.put(k, v);
            }
        });
        if (!fromOne) {
            all.put("page", String.valueOf(page));
        } else if (page > 0) {
            all.put("page", String.valueOf(page + 1));
        }
        if (all.isEmpty()) {
            return path;
        }
        return path + "?" + all.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
