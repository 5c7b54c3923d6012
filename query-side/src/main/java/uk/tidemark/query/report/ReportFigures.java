package uk.tidemark.query.report;

import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Outcome;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.DeadlineFigures;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
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
 * setting ({@link Suppression}), the shares and the median first response. {@link QuarterlyReportQueries} does
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
    private static final List<String> SINGLES = List.of("cases", "closed", "police", "hr", "complaints");

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
            for (DeadlineKind kind : OBLIGATIONS) {
                String p = "deadline." + kind.name();
                rule.line(List.of(row.get(p + ".met"), row.get(p + ".missed")), row.get(p + ".decided"));
            }
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
        for (DeadlineKind kind : OBLIGATIONS) {
            for (String part : List.of("decided", "met", "missed")) {
                keys.add("deadline." + kind.name() + "." + part);
            }
        }
        return keys;
    }

    private static Figures figuresOf(Map<String, Suppression.Cell> row, List<Long> firstResponseMinutes) {
        Function<Family, Map<String, SuppressedCount>> family = f -> {
            Map<String, SuppressedCount> m = new LinkedHashMap<>();
            f.keys().forEach(k -> m.put(k, row.get(f.key(k)).result()));
            return m;
        };
        Map<String, DeadlineFigures> deadlines = new LinkedHashMap<>();
        for (DeadlineKind kind : OBLIGATIONS) {
            String p = "deadline." + kind.name();
            Suppression.Cell decided = row.get(p + ".decided");
            Suppression.Cell met = row.get(p + ".met");
            Suppression.Cell missed = row.get(p + ".missed");
            boolean withheld = decided.result().status() == SuppressedCount.Status.WITHHELD
                    || met.result().status() == SuppressedCount.Status.WITHHELD
                    || missed.result().status() == SuppressedCount.Status.WITHHELD;
            SuppressedFigure share = withheld ? SuppressedFigure.withheldShare()
                    : SuppressedFigure.share(met.raw, decided.raw);
            deadlines.put(kind.name(), new DeadlineFigures(decided.result(), met.result(), missed.result(), share));
        }
        return new Figures(row.get("cases").result(), family.apply(CATEGORY), family.apply(STAGE),
                row.get("closed").result(), family.apply(OUTCOME), row.get("police").result(), family.apply(AGENCY),
                row.get("hr").result(), family.apply(HR_OUTCOME), row.get("complaints").result(),
                family.apply(COMPLAINT_STAGE), SuppressedFigure.medianMinutes(firstResponseMinutes), deadlines);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
