package uk.tidemark.query.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact figures of one setting (or of all of them) for one quarter, before the small-number rule: counts by
 * key ("cases", "category.DEFAMATION", "deadline.FIRST_RESPONSE.met", ...) and the minutes each case took to its
 * first response. Lives only inside the query handler.
 */
final class Tally {
    final Map<String, Long> counts = new LinkedHashMap<>();
    final List<Long> firstResponseMinutes = new ArrayList<>();

    void add(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    void addAll(Tally other) {
        other.counts.forEach(this::add);
        firstResponseMinutes.addAll(other.firstResponseMinutes);
    }
}
