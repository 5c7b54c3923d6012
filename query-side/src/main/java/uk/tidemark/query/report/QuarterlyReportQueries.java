package uk.tidemark.query.report;

import jakarta.annotation.PostConstruct;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static uk.tidemark.query.report.ReportFigures.*;

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
}
