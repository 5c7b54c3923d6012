package uk.tidemark.query.report;

import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Outcome;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport.Basis;
import uk.tidemark.kernel.report.QuarterlyReport.Compliance;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the quarterly report counts, and how the counts become its figures: the families of counts that add up
 * to a total (cases by category, by stage, ...), the small-number rule applied across each family and each
 * setting ({@link Suppression}), the median first response, and the deadline shares for all the settings together
 * (each quarter's, and the four quarters' when one quarter has too few). {@link QuarterlyReportQueries} does
 * the counting in MongoDB into one {@link Tally} per setting; this turns the tallies into figures, in Java.
 */
final class ReportFigures {

    /** A family of counts that, per setting, add up to the count named {@code total} (null: no such sum). */
    record Family(String prefix, List<String> keys, String total) {
        String key(String value) {
            return prefix + "." + value;
        }
    }

    private static final List<String> OPEN_STAGES = Stream.of(Stage.values()).filter(s -> s != Stage.CLOSED)
            .map(Enum::name).toList();
    private static final List<String> OUTCOMES_OF_HR = Stream.concat(
            Stream.of(DisciplinaryOutcome.values()).map(Enum::name), Stream.of(QuarterlyReport.NO_OUTCOME)).toList();
    /** The obligations: a period that ends by itself (appeal window, warning expiry) is never met late. */
    static final List<DeadlineKind> OBLIGATIONS = Stream.of(DeadlineKind.values()).filter(k -> !k.endsByItself())
            .toList();

    static final Family CATEGORY = new Family("category", names(Category.values()), "cases");
    static final Family STAGE = new Family("stage", OPEN_STAGES, "cases");
    static final Family OUTCOME = new Family("outcome", names(Outcome.values()), "closed");
    static final Family AGENCY = new Family("agency", names(Agency.values()), null);
    static final Family HR_OUTCOME = new Family("hrOutcome", OUTCOMES_OF_HR, "hr");
    static final Family COMPLAINT_STAGE = new Family("complaintStage", names(ComplaintStage.values()),
            "complaints");
    private static final List<Family> FAMILIES = List.of(CATEGORY, STAGE, OUTCOME, AGENCY, HR_OUTCOME,
            COMPLAINT_STAGE);
    private static final List<String> SINGLES = List.of("cases", "closedInQuarter", "openAtQuarterEnd", "closed",
            "police", "hr", "hrDecided", "complaints", "complaintsConcluded");
    /** The complaint stages that end a complaint. */
    static final List<String> CONCLUDED = List.of(ComplaintStage.CLOSED.name(), ComplaintStage.WITHDRAWN.name());

    private ReportFigures() {
    }

    /** The key of all the settings together in the maps below. */
    static final String ALL = "";

    static Map<String, Figures> figures(List<String> settings, Map<String, Tally> bySetting) {
        Tally all = new Tally();
        bySetting.values().forEach(all::addAll);
        Map<String, Map<String, Suppression.Cell>> cells = new LinkedHashMap<>();
        for (String id : settings) {
            cells.put(id, cellsOf(bySetting.get(id)));
        }
        cells.put(ALL, cellsOf(all));

        Suppression rule = new Suppression();
        for (Map<String, Suppression.Cell> row : cells.values()) {
            for (Family family : FAMILIES) {
                if (family.total() != null) {
                    rule.line(family.keys().stream().map(k -> row.get(family.key(k))).toList(), row.get(family.total()));
                }
            }
            // the decided HR cases are the outcomes but "none yet"; the concluded complaints the closed and withdrawn
            rule.line(HR_OUTCOME.keys().stream().filter(k -> !k.equals(QuarterlyReport.NO_OUTCOME))
                    .map(k -> row.get(HR_OUTCOME.key(k))).toList(), row.get("hrDecided"));
            rule.line(List.of(row.get("hrDecided"), row.get(HR_OUTCOME.key(QuarterlyReport.NO_OUTCOME))),
                    row.get("hr"));
            rule.line(CONCLUDED.stream().map(k -> row.get(COMPLAINT_STAGE.key(k))).toList(),
                    row.get("complaintsConcluded"));
            List<Suppression.Cell> byStage = new ArrayList<>();
            byStage.add(row.get("complaintsConcluded"));
            COMPLAINT_STAGE.keys().stream().filter(k -> !CONCLUDED.contains(k))
                    .forEach(k -> byStage.add(row.get(COMPLAINT_STAGE.key(k))));
            rule.line(byStage, row.get("complaints"));
        }
        for (String key : allKeys()) {
            rule.line(settings.stream().map(id -> cells.get(id).get(key)).toList(), cells.get(ALL).get(key));
        }
        rule.apply();

        Map<String, Figures> figures = new LinkedHashMap<>();
        cells.forEach((id, row) -> figures.put(id, figuresOf(row,
                (id.equals(ALL) ? all : bySetting.get(id)).firstResponseMinutes)));
        return figures;
    }

    private static Map<String, Suppression.Cell> cellsOf(Tally tally) {
        Map<String, Suppression.Cell> row = new LinkedHashMap<>();
        for (String key : allKeys()) {
            row.put(key, new Suppression.Cell(tally.get(key)));
        }
        return row;
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(SINGLES);
        FAMILIES.forEach(f -> f.keys().forEach(k -> keys.add(f.key(k))));
        return keys;
    }

    private static Figures figuresOf(Map<String, Suppression.Cell> row, List<Long> firstResponseMinutes) {
        Function<Family, Map<String, SuppressedCount>> family = f -> {
            Map<String, SuppressedCount> m = new LinkedHashMap<>();
            f.keys().forEach(k -> m.put(k, row.get(f.key(k)).result()));
            return m;
        };
        return new Figures(row.get("cases").result(), row.get("closedInQuarter").result(),
                row.get("openAtQuarterEnd").result(), family.apply(CATEGORY), family.apply(STAGE),
                row.get("closed").result(), family.apply(OUTCOME), row.get("police").result(), family.apply(AGENCY),
                row.get("hr").result(), row.get("hrDecided").result(), family.apply(HR_OUTCOME),
                row.get("complaints").result(), row.get("complaintsConcluded").result(), family.apply(COMPLAINT_STAGE),
                SuppressedFigure.medianMinutes(firstResponseMinutes));
    }

    // ---- deadline compliance: shares for all the settings together, never counts ----

    /** The keys of the compliance shares: each obligation, then the three complaint timescales together. */
    static List<String> complianceKeys() {
        List<String> keys = new ArrayList<>(OBLIGATIONS.stream().map(Enum::name).toList());
        keys.add(QuarterlyReport.COMPLAINT_TIMESCALES);
        return keys;
    }

    private static final List<DeadlineKind> COMPLAINT_KINDS = List.of(DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT,
            DeadlineKind.COMPLAINT_RESPONSE, DeadlineKind.COMPLAINT_PANEL);

    /** Met and decided deadlines of {@code key} in one quarter, all settings together: {met, decided}. */
    private static long[] metOf(String key, Map<String, Tally> bySetting) {
        List<String> kinds = key.equals(QuarterlyReport.COMPLAINT_TIMESCALES)
                ? COMPLAINT_KINDS.stream().map(Enum::name).toList() : List.of(key);
        long met = 0;
        long decided = 0;
        for (Tally t : bySetting.values()) {
            for (String kind : kinds) {
                met += t.get("deadline." + kind + ".met");
                decided += t.get("deadline." + kind + ".decided");
            }
        }
        return new long[] {met, decided};
    }

    /**
     * The share met of each kind for the last of {@code quarters} (decision 0014): over that quarter when 5 or more
     * were met or missed in it, else over the four quarters to its end when those are 5 or more, else not shown.
     */
    static Map<String, Compliance> compliance(List<Quarter> quarters, Map<Quarter, Map<String, Tally>> tallies) {
        Map<String, Compliance> out = new LinkedHashMap<>();
        Quarter last = quarters.get(quarters.size() - 1);
        for (String key : complianceKeys()) {
            long[] quarter = metOf(key, tallies.get(last));
            if (quarter[1] >= SuppressedCount.THRESHOLD) {
                out.put(key, new Compliance(SuppressedFigure.shareOfAtLeastFive(quarter[0], quarter[1]),
                        Basis.QUARTER));
                continue;
            }
            long met = 0;
            long decided = 0;
            for (int i = 0; i < 4; i++) {
                long[] q = metOf(key, tallies.get(last.minus(i)));
                met += q[0];
                decided += q[1];
            }
            out.put(key, decided >= SuppressedCount.THRESHOLD
                    ? new Compliance(SuppressedFigure.shareOfAtLeastFive(met, decided), Basis.FOUR_QUARTERS)
                    : new Compliance(SuppressedFigure.shareOfAtLeastFive(quarter[0], quarter[1]), Basis.NONE));
        }
        return out;
    }

    /** Each quarter's cases (as that quarter's figures show them, all settings) and its own compliance shares. */
    static List<TrendPoint> trend(List<Quarter> quarters, Map<Quarter, Map<String, Figures>> figures,
                                  Map<Quarter, Map<String, Tally>> tallies) {
        List<TrendPoint> points = new ArrayList<>();
        for (Quarter q : quarters) {
            Map<String, SuppressedFigure> shares = new LinkedHashMap<>();
            for (String key : complianceKeys()) {
                long[] m = metOf(key, tallies.get(q));
                shares.put(key, SuppressedFigure.shareOfAtLeastFive(m[0], m[1]));
            }
            points.add(new TrendPoint(q, figures.get(q).get(ALL).cases(), shares));
        }
        return points;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
