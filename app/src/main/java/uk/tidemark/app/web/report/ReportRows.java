package uk.tidemark.app.web.report;

import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.SuppressedCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The measures of the report in the order every format shows them (CSV rows, PDF and page tables), each read
 * from a {@link Figures} as its display text. Only display texts leave here: the small-number rule was applied
 * on the query side, in {@link SuppressedCount}.
 */
final class ReportRows {

    /** One measure: its group ("Cases by category"), its name ("Cyberbullying") and how to read it. */
    record Measure(String group, String name, Function<Figures, String> read) {
    }

    static final String HEADLINE = "Headline figures";
    static final String TOTAL_CASES = "Cases logged";
    static final String POLICE = "Police escalations";
    static final String MEDIAN = "Median time to first response";

    private ReportRows() {
    }

    /** The measures, with the breakdowns' keys read off {@code keys} (the query side fills every enum value). */
    static List<Measure> of(Figures keys) {
        List<Measure> rows = new ArrayList<>();
        rows.add(new Measure(HEADLINE, TOTAL_CASES, f -> f.cases().display()));
        rows.add(new Measure(HEADLINE, "Cases closed", f -> f.closedCases().display()));
        rows.add(new Measure(HEADLINE, POLICE, f -> f.policeEscalations().display()));
        rows.add(new Measure(HEADLINE, MEDIAN, f -> f.medianFirstResponse().display()));
        rows.add(new Measure(HEADLINE, "HR disciplinary cases opened", f -> f.disciplinaryCases().display()));
        rows.add(new Measure(HEADLINE, "Complaints received", f -> f.complaints().display()));
        family(rows, "Cases by category", Figures::byCategory, keys.byCategory());
        family(rows, "Cases by stage reached", Figures::byStageReached, keys.byStageReached());
        family(rows, "Closed cases by outcome", Figures::byOutcome, keys.byOutcome());
        family(rows, "Cases referred, by agency", Figures::referralsByAgency, keys.referralsByAgency());
        family(rows, "HR disciplinary outcomes", Figures::disciplinaryOutcomes, keys.disciplinaryOutcomes());
        family(rows, "Complaints by stage", Figures::complaintsByStage, keys.complaintsByStage());
        for (String kind : keys.deadlines().keySet()) {
            String group = "Deadline: " + ReportLabels.deadline(kind);
            rows.add(new Measure(group, "Met or missed", f -> f.deadlines().get(kind).decided().display()));
            rows.add(new Measure(group, "Met", f -> f.deadlines().get(kind).met().display()));
            rows.add(new Measure(group, "Share met within the deadline", f -> f.deadlines().get(kind).shareMet().display()));
        }
        return rows;
    }

    private static void family(List<Measure> rows, String group, Function<Figures, Map<String, SuppressedCount>> map,
                               Map<String, SuppressedCount> keys) {
        for (String key : keys.keySet()) {
            rows.add(new Measure(group, ReportLabels.of(key), f -> map.apply(f).get(key).display()));
        }
    }
}
