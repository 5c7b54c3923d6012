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
import uk.tidemark.kernel.report.FindReportYears;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;
import uk.tidemark.query.policy.PolicyReportFigures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static uk.tidemark.query.report.ReportFigures.*;

/**
 * Answers the trustees' quarterly report from the read models other projections keep: the incidents, the HR
 * register, the complaints register and the deadline board. It reads their collections by name (their document
 * classes are their packages' own); the tests feed events through those projections, so a renamed collection or
 * field fails them.
 * <p>
 * The report covers eight quarters (the trend), so rather than one aggregation per measure and quarter it asks each
 * collection once for the few fields it counts, over the eight quarters ($match and $project, which every MongoDB
 * and the embedded server run alike, on the (setting, time) indexes below), and tallies them here by quarter and
 * setting. The small-number rule is applied afterwards, in {@link ReportFigures}, quarter by quarter.
 */
@Component
public class QuarterlyReportQueries {
    static final String INCIDENTS = "incidents";
    static final String DISCIPLINARY = "disciplinary_cases";
    static final String COMPLAINTS = "complaints";
    static final String DEADLINES = "deadlines";
    /** The quarters of the trend, this one included. */
    static final int TREND_QUARTERS = 8;

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
        index(INCIDENTS, "report_setting_closed", "closedAt");
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
        List<Quarter> quarters = new ArrayList<>();
        for (int i = TREND_QUARTERS - 1; i >= 0; i--) {
            quarters.add(quarter.minus(i));
        }
        Map<Quarter, Map<String, Tally>> tallies = tallies(settings, quarters);
        Map<Quarter, Map<String, Figures>> figures = new LinkedHashMap<>();
        for (Quarter q : quarters) {
            figures.put(q, ReportFigures.figures(settings, tallies.get(q)));
        }
        Quarter previous = quarter.previous();
        Quarter lastYear = quarter.sameQuarterLastYear();
        List<SettingReport> perSetting = settings.stream()
                .map(id -> new SettingReport(id, figures.get(quarter).get(id), figures.get(previous).get(id),
                        figures.get(lastYear).get(id)))
                .toList();
        return new QuarterlyReport(quarter, previous, lastYear, perSetting,
                new SettingReport(null, figures.get(quarter).get(ALL), figures.get(previous).get(ALL),
                        figures.get(lastYear).get(ALL)),
                ReportFigures.trend(quarters, figures, tallies), ReportFigures.compliance(quarters, tallies),
                PolicyReportFigures.of(mongo, settings, LocalDate.now(ZoneId.of("Europe/London"))));
    }

    /** The first year any of the settings has a case in: the earliest logged, opened or received, in UK time. */
    @QueryHandler
    public Integer handle(FindReportYears query) {
        if (query.settingIds().isEmpty()) {
            return 0;
        }
        Instant first = null;
        for (String[] source : new String[][] {{INCIDENTS, "loggedAt"}, {DISCIPLINARY, "openedAt"},
                {COMPLAINTS, "receivedAt"}}) {
            Document earliest = mongo.getCollection(source[0])
                    .find(new Document("settingId", new Document("$in", List.copyOf(query.settingIds())))
                            .append(source[1], new Document("$ne", null)))
                    .projection(new Document(source[1], 1)).sort(new Document(source[1], 1)).limit(1).first();
            Date at = earliest == null ? null : earliest.getDate(source[1]);
            if (at != null && (first == null || at.toInstant().isBefore(first))) {
                first = at.toInstant();
            }
        }
        return first == null ? 0 : Quarter.containing(first).year();
    }

    // ---- reading, in MongoDB; counting, here ----

    private Map<Quarter, Map<String, Tally>> tallies(List<String> settings, List<Quarter> quarters) {
        Map<Quarter, Map<String, Tally>> all = new HashMap<>();
        for (Quarter q : quarters) {
            Map<String, Tally> bySetting = new TreeMap<>();
            settings.forEach(id -> bySetting.put(id, new Tally()));
            all.put(q, bySetting);
        }
        if (settings.isEmpty()) {
            return all;
        }
        ReportWindow window = new ReportWindow(quarters, all);
        countIncidents(settings, window);
        for (Document d : find(DISCIPLINARY, window.match(settings, "openedAt"), "settingId", "openedAt",
                "standingOutcome")) {
            Tally t = window.tally(d, "openedAt");
            if (t != null) {
                String outcome = d.getString("standingOutcome");
                t.add("hr", 1);
                t.add(HR_OUTCOME.key(outcome == null ? QuarterlyReport.NO_OUTCOME : outcome), 1);
                if (outcome != null) {
                    t.add("hrDecided", 1);
                }
            }
        }
        for (Document d : find(COMPLAINTS, window.match(settings, "receivedAt"), "settingId", "receivedAt", "stage")) {
            Tally t = window.tally(d, "receivedAt");
            if (t != null) {
                t.add("complaints", 1);
                t.add(COMPLAINT_STAGE.key(d.getString("stage")), 1);
                if (CONCLUDED.contains(d.getString("stage"))) {
                    t.add("complaintsConcluded", 1);
                }
            }
        }
        countDeadlines(settings, window);
        return all;
    }

    private void countIncidents(List<String> settings, ReportWindow window) {
        Set<Object> counted = new HashSet<>();
        for (Document d : find(INCIDENTS, window.match(settings, "loggedAt"), "settingId", "loggedAt", "closedAt",
                "status", "category", "furthestStage", "outcome", "police", "referrals.agency")) {
            counted.add(d.get("_id"));
            Tally t = window.tally(d, "loggedAt");
            if (t == null) {
                continue;
            }
            t.add("cases", 1);
            t.add(CATEGORY.key(d.getString("category")), 1);
            String stage = d.getString("furthestStage");
            t.add(STAGE.key(stage == null ? Stage.NEW.name() : stage), 1);
            if ("CLOSED".equals(d.getString("status"))) {
                t.add("closed", 1);
                if (d.getString("outcome") != null) {
                    t.add(OUTCOME.key(d.getString("outcome")), 1);
                }
            }
            if (d.get("police") != null) {
                t.add("police", 1);
            }
            // a case referred twice to the same agency counts once for it
            Set<String> agencies = new HashSet<>();
            for (Document r : d.getList("referrals", Document.class, List.of())) {
                if (r.getString("agency") != null && agencies.add(r.getString("agency"))) {
                    t.add(AGENCY.key(r.getString("agency")), 1);
                }
            }
            window.closedAndOpen(d);
        }
        // cases logged before the eight quarters that were still open when they began: open at some quarter's end,
        // or closed during one of them (two queries rather than an $or, so each uses the (setting, time) index)
        Document before = new Document("settingId", new Document("$in", settings))
                .append("loggedAt", new Document("$lt", Date.from(window.start())));
        List<Document> older = new ArrayList<>(find(INCIDENTS, new Document(before).append("closedAt", null),
                "settingId", "loggedAt", "closedAt"));
        older.addAll(find(INCIDENTS, new Document(before).append("closedAt",
                new Document("$gte", Date.from(window.start()))), "settingId", "loggedAt", "closedAt"));
        for (Document d : older) {
            if (counted.add(d.get("_id"))) {
                window.closedAndOpen(d);
            }
        }
    }

    private void countDeadlines(List<String> settings, ReportWindow window) {
        Document match = window.match(settings, "setAt")
                .append("status", new Document("$in", List.of(DeadlineStatus.MET.name(), DeadlineStatus.MISSED.name())))
                .append("kind", new Document("$in", names(OBLIGATIONS.toArray(DeadlineKind[]::new))));
        for (Document d : find(DEADLINES, match, "settingId", "setAt", "metAt", "kind", "status")) {
            Tally t = window.tally(d, "setAt");
            if (t == null) {
                continue;
            }
            String kind = d.getString("kind");
            boolean met = DeadlineStatus.MET.name().equals(d.getString("status"));
            t.add("deadline." + kind + ".decided", 1);
            t.add("deadline." + kind + (met ? ".met" : ".missed"), 1);
            // time to first response: from the case being logged (its deadline set) to the deadline being met
            Date set = d.getDate("setAt");
            Date metAt = d.getDate("metAt");
            if (met && DeadlineKind.FIRST_RESPONSE.name().equals(kind) && set != null && metAt != null
                    && !metAt.before(set)) {
                t.firstResponseMinutes.add(Duration.between(set.toInstant(), metAt.toInstant()).toMinutes());
            }
        }
    }

    private List<Document> find(String collection, Document match, String... fields) {
        Document projection = new Document();
        for (String f : fields) {
            projection.append(f, 1);
        }
        return mongo.getCollection(collection).find(match).projection(projection).into(new ArrayList<>());
    }
}
