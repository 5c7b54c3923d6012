package uk.tidemark.query.report;

import org.bson.Document;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The eight quarters the report counts, and each one's tallies by setting: where a document falls (the quarter of
 * its time field, in UK time), and the two figures that are about the quarter's work rather than its intake (a case
 * closed in it; a case open at its end).
 */
record ReportWindow(List<Quarter> quarters, Map<Quarter, Map<String, Tally>> tallies) {

    Instant start() {
        return quarters.get(0).start();
    }

    Instant end() {
        return quarters.get(quarters.size() - 1).end();
    }

    Document match(List<String> settings, String field) {
        return new Document("settingId", new Document("$in", settings))
                .append(field, new Document("$gte", Date.from(start())).append("$lt", Date.from(end())));
    }

    /** The tally of the document's setting in the quarter its {@code field} falls in, or null. */
    Tally tally(Document d, String field) {
        Date at = d.getDate(field);
        if (at == null) {
            return null;
        }
        return tally(d.getString("settingId"), at.toInstant());
    }

    private Tally tally(String settingId, Instant at) {
        if (at.isBefore(start()) || !at.isBefore(end())) {
            return null;
        }
        Map<String, Tally> bySetting = tallies.get(Quarter.containing(at));
        // a document without a known setting counts nowhere, rather than failing the whole report
        return bySetting == null || settingId == null ? null : bySetting.get(settingId);
    }

    /** Counts a case closed in one of the quarters, and open at the end of each quarter it was open at. */
    void closedAndOpen(Document d) {
        Date logged = d.getDate("loggedAt");
        Date closed = d.getDate("closedAt");
        String setting = d.getString("settingId");
        if (logged == null || setting == null) {
            return;
        }
        if (closed != null) {
            Tally t = tally(setting, closed.toInstant());
            if (t != null) {
                t.add("closedInQuarter", 1);
            }
        }
        for (Quarter q : quarters) {
            Instant end = q.end();
            boolean open = logged.toInstant().isBefore(end) && (closed == null || !closed.toInstant().isBefore(end));
            Tally t = tallies.get(q).get(setting);
            if (open && t != null) {
                t.add("openAtQuarterEnd", 1);
            }
        }
    }
}
