package uk.tidemark.query.report;

import jakarta.annotation.PostConstruct;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Outcome;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.DeadlineFigures;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Answers the trustees' quarterly report from the read models other projections keep: the incidents, the HR
 * register, the complaints register and the deadline board. It reads their collections by name (their document
 * classes are their packages' own); the tests feed events through those projections, so a renamed collection
 * or field fails them. Counting is done by MongoDB ($match, $group, $facet, $unwind: the subset the embedded
 * server runs, docs/platform-pitfalls.md #9); the median and the small-number rule are done here, in Java.
 */
@Component
public class QuarterlyReportQueries {
    static final String INCIDENTS = "incidents";
    static final String DISCIPLINARY = "disciplinary_cases";
    static final String COMPLAINTS = "complaints";
    static final String DEADLINES = "deadlines";

    /** A family of counts that, per setting, add up to the count named {@code total} (null: no such sum). */
    private record Family(String prefix, List<String> keys, String total) {
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

    private static final Family CATEGORY = new Family("category", names(Category.values()), "cases");
    private static final Family STAGE = new Family("stage", OPEN_STAGES, "cases");
    private static final Family OUTCOME = new Family("outcome", names(Outcome.values()), "closed");
    private static final Family AGENCY = new Family("agency", names(Agency.values()), null);
    private static final Family HR_OUTCOME = new Family("hrOutcome", OUTCOMES_OF_HR, "hr");
    private static final Family COMPLAINT_STAGE = new Family("complaintStage", names(ComplaintStage.values()),
            "complaints");
    private static final List<Family> FAMILIES = List.of(CATEGORY, STAGE, OUTCOME, AGENCY, HR_OUTCOME,
            COMPLAINT_STAGE);
    private static final List<String> SINGLES = List.of("cases", "closed", "police", "hr", "complaints");

    private final MongoTemplate mongo;

    public QuarterlyReportQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Each report query matches on the setting and a time range: on a real MongoDB these indexes keep it from
     * scanning every case ever logged. (The embedded server answers from an index only on an exact key match, so
     * it scans either way; the collections it holds are small.)
     */
    @PostConstruct
    public void createIndexes() {
        index(INCIDENTS, "report_setting_logged", "loggedAt");
        index(DISCIPLINARY, "report_setting_opened", "openedAt");
        index(COMPLAINTS, "report_setting_received", "receivedAt");
        index(DEADLINES, "report_setting_set", "setAt");
    }

    private void index(String collection, String name, String timeField) {
        mongo.indexOps(collection).ensureIndex(new Index().named(name)
                .on("settingId", Sort.Direction.ASC).on(timeField, Sort.Direction.ASC));
    }

    @QueryHandler
    public QuarterlyReport handle(FindQuarterlyReport query) {
        Quarter quarter = query.asQuarter();
        List<String> settings = query.settingIds().stream().sorted().toList();
        Map<String, Figures> current = figures(settings, tallies(settings, quarter));
        Map<String, Figures> previous = figures(settings, tallies(settings, quarter.previous()));
        List<SettingReport> perSetting = settings.stream()
                .map(id -> new SettingReport(id, current.get(id), previous.get(id))).toList();
        return new QuarterlyReport(quarter, quarter.previous(), perSetting,
                new SettingReport(null, current.get(ALL), previous.get(ALL)));
    }

    // ---- counting, in MongoDB ----

    private Map<String, Tally> tallies(List<String> settings, Quarter quarter) {
        Map<String, Tally> bySetting = new TreeMap<>();
        settings.forEach(id -> bySetting.put(id, new Tally()));
        if (settings.isEmpty()) {
            return bySetting;
        }
        countIncidents(settings, quarter, bySetting);
        countGrouped(DISCIPLINARY, inQuarter(settings, "openedAt", quarter), "$standingOutcome", bySetting,
                (t, k, n) -> {
                    t.add("hr", n);
                    t.add(HR_OUTCOME.key(k == null ? QuarterlyReport.NO_OUTCOME : k), n);
                });
        countGrouped(COMPLAINTS, inQuarter(settings, "receivedAt", quarter), "$stage", bySetting,
                (t, k, n) -> {
                    t.add("complaints", n);
                    t.add(COMPLAINT_STAGE.key(k), n);
                });
        countDeadlines(settings, quarter, bySetting);
        firstResponses(settings, quarter, bySetting);
        return bySetting;
    }

    private void countIncidents(List<String> settings, Quarter quarter, Map<String, Tally> bySetting) {
        Document facets = new Document()
                .append("category", List.of(groupBy("$category")))
                .append("stage", List.of(groupBy("$furthestStage")))
                .append("outcome", List.of(new Document("$match", new Document("status", "CLOSED")),
                        groupBy("$outcome")))
                .append("police", List.of(new Document("$match", new Document("police", new Document("$ne", null))),
                        groupBy(null)))
                // a case referred twice to the same agency counts once for it
                .append("agency", List.of(new Document("$unwind", "$referrals"),
                        new Document("$group", new Document("_id", new Document("s", "$settingId")
                                .append("k", "$referrals.agency").append("c", "$_id"))),
                        new Document("$group", new Document("_id", new Document("s", "$_id.s").append("k", "$_id.k"))
                                .append("n", new Document("$sum", 1)))));
        List<Document> out = aggregate(INCIDENTS, List.of(
                new Document("$match", inQuarter(settings, "loggedAt", quarter)),
                new Document("$facet", facets)));
        if (out.isEmpty()) {
            return;
        }
        Document result = out.get(0);
        each(result, "category", bySetting, (t, k, n) -> {
            t.add("cases", n);
            t.add(CATEGORY.key(k), n);
        });
        each(result, "stage", bySetting, (t, k, n) -> t.add(STAGE.key(k == null ? Stage.NEW.name() : k), n));
        each(result, "outcome", bySetting, (t, k, n) -> {
            t.add("closed", n);
            if (k != null) {
                t.add(OUTCOME.key(k), n);
            }
        });
        each(result, "police", bySetting, (t, k, n) -> t.add("police", n));
        each(result, "agency", bySetting, (t, k, n) -> {
            if (k != null) {
                t.add(AGENCY.key(k), n);
            }
        });
    }

    private void countDeadlines(List<String> settings, Quarter quarter, Map<String, Tally> bySetting) {
        Document match = inQuarter(settings, "setAt", quarter)
                .append("status", new Document("$in", List.of(DeadlineStatus.MET.name(), DeadlineStatus.MISSED.name())))
                .append("kind", new Document("$in", names(OBLIGATIONS.toArray(DeadlineKind[]::new))));
        List<Document> out = aggregate(DEADLINES, List.of(new Document("$match", match),
                new Document("$group", new Document("_id", new Document("s", "$settingId").append("k", "$kind")
                        .append("st", "$status")).append("n", new Document("$sum", 1)))));
        for (Document row : out) {
            Document id = row.get("_id", Document.class);
            Tally t = bySetting.get(id.getString("s"));
            if (t != null) {
                String kind = id.getString("k");
                long n = ((Number) row.get("n")).longValue();
                t.add("deadline." + kind + ".decided", n);
                t.add("deadline." + kind + (DeadlineStatus.MET.name().equals(id.getString("st")) ? ".met" : ".missed"), n);
            }
        }
    }

    /** From the case being logged (its first-response deadline set) to the deadline being met, in minutes. */
    private void firstResponses(List<String> settings, Quarter quarter, Map<String, Tally> bySetting) {
        Document match = inQuarter(settings, "setAt", quarter)
                .append("kind", DeadlineKind.FIRST_RESPONSE.name()).append("status", DeadlineStatus.MET.name());
        List<Document> out = aggregate(DEADLINES, List.of(new Document("$match", match),
                new Document("$project", new Document("settingId", 1).append("setAt", 1).append("metAt", 1))));
        for (Document d : out) {
            Tally t = bySetting.get(d.getString("settingId"));
            Date set = d.getDate("setAt");
            Date met = d.getDate("metAt");
            if (t != null && set != null && met != null && !met.before(set)) {
                t.firstResponseMinutes.add(Duration.between(set.toInstant(), met.toInstant()).toMinutes());
            }
        }
    }

    @FunctionalInterface
    private interface Counted {
        void add(Tally tally, String key, long n);
    }

    private void countGrouped(String collection, Document match, String field, Map<String, Tally> bySetting,
                              Counted counted) {
        List<Document> out = aggregate(collection, List.of(new Document("$match", match), groupBy(field)));
        for (Document row : out) {
            credit(row, bySetting, counted);
        }
    }

    private static void each(Document facets, String name, Map<String, Tally> bySetting, Counted counted) {
        for (Document row : facets.getList(name, Document.class, List.of())) {
            credit(row, bySetting, counted);
        }
    }

    private static void credit(Document row, Map<String, Tally> bySetting, Counted counted) {
        Document id = row.get("_id", Document.class);
        // a group without a setting (the embedded server reads a setting id that starts with "$" as a field path)
        // counts nowhere, rather than failing the whole report
        String setting = id == null ? null : id.getString("s");
        Tally t = setting == null ? null : bySetting.get(setting);
        if (t != null) {
            Object k = id.get("k");
            counted.add(t, k == null ? null : k.toString(), ((Number) row.get("n")).longValue());
        }
    }

    private static Document groupBy(String field) {
        Document id = new Document("s", "$settingId");
        if (field != null) {
            id.append("k", field);
        }
        return new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1)));
    }

    private static Document inQuarter(List<String> settings, String field, Quarter quarter) {
        return new Document("settingId", new Document("$in", settings))
                .append(field, new Document("$gte", Date.from(quarter.start())).append("$lt", Date.from(quarter.end())));
    }

    private List<Document> aggregate(String collection, List<Document> pipeline) {
        return mongo.getCollection(collection).aggregate(pipeline).into(new ArrayList<>());
    }

    // ---- the small-number rule, and the figures ----

    /** The key of all the settings together in the maps below. */
    private static final String ALL = "";

    private static Map<String, Figures> figures(List<String> settings, Map<String, Tally> bySetting) {
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

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
