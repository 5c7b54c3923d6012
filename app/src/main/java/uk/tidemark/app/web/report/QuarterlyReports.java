package uk.tidemark.app.web.report;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.FindReportYears;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Compliance;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report for one user: the settings they may report on (the trust's for a trustee, their own for a
 * headteacher or DSL), in name order, under their trust's name, and one audit entry per report given out
 * (decision 0014 says why). Shared by the API's three formats and the page.
 */
@Component
public class QuarterlyReports {
    static final String ALL_SETTINGS = "All settings";

    private final QueryGateway queries;
    private final AccessScope scope;
    private final AccountStore accounts;
    private final ReadAudit reads;

    QuarterlyReports(QueryGateway queries, AccessScope scope, AccountStore accounts, ReadAudit reads) {
        this.queries = queries;
        this.scope = scope;
        this.accounts = accounts;
        this.reads = reads;
    }

    /**
     * One column of the report: a setting (or all of them, {@code settingId} null) this quarter, the previous
     * quarter and the same quarter a year before.
     */
    public record Column(String settingId, String name, Figures current, Figures previous, Figures lastYear) {
    }

    /**
     * Who published a quarter's report, when, with what narrative, and the SHA-256 of what was frozen; null on a
     * view of today's figures.
     */
    public record Publication(String id, int version, String narrative, String publishedBy, Instant publishedAt,
                              String sha256) {
    }

    /** A setting's "Policies and training" (issue 18), with the setting's name; none in an older published report. */
    public record PolicyColumn(String name, QuarterlyReport.PolicyFigures figures) {
    }

    /** The report as every format shows it. */
    public record View(Quarter quarter, Quarter previousQuarter, Quarter sameQuarterLastYear, String trustName,
                       List<Column> settings, Column allSettings, List<TrendPoint> trend,
                       Map<String, Compliance> compliance, Instant generatedAt, Publication publication,
                       List<PolicyColumn> policies) {

        /** The settings, then all of them together; a report of one setting has just that column. */
        public List<Column> columns() {
            List<Column> all = new ArrayList<>(settings);
            if (settings.size() != 1) {
                all.add(allSettings);
            }
            return all;
        }

        /** The column the summary reads: all the settings, or the one setting. */
        public Column headline() {
            List<Column> columns = columns();
            return columns.get(columns.size() - 1);
        }

        /** The same report with a publication's narrative and signature beside it. */
        public View published(Publication publication) {
            return new View(quarter, previousQuarter, sameQuarterLastYear, trustName, settings, allSettings, trend,
                    compliance, generatedAt, publication, policies);
        }

        /**
         * A view of a report with the settings' names given (in the order given); a setting without a name is left
         * out, as one outside the reader's scope would be.
         */
        public static View of(QuarterlyReport report, String trustName, Map<String, String> settingNames,
                              Instant generatedAt) {
            Map<String, SettingReport> byId = report.settings().stream()
                    .collect(Collectors.toMap(SettingReport::settingId, r -> r));
            List<Column> columns = settingNames.entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                    .map(e -> column(byId.get(e.getKey()), e.getValue())).toList();
            return new View(report.quarter(), report.previousQuarter(), report.sameQuarterLastYear(), trustName,
                    columns, column(report.allSettings(), ALL_SETTINGS), report.trend(), report.compliance(),
                    generatedAt, null, report.policiesOrNone().stream().filter(p -> settingNames.containsKey(p.settingId()))
                            .map(p -> new PolicyColumn(settingNames.get(p.settingId()), p)).toList());
        }

        private static Column column(SettingReport r, String name) {
            return new Column(r.settingId(), name, r.current(), r.previous(), r.lastYear());
        }
    }

    /** Today's figures for the user's settings; audited as one read of the report. */
    public View report(TidemarkUser user, Quarter quarter, String format) {
        View view = figures(user, quarter);
        // not a read of any case (counts only), but who took the trust's figures, and which, is worth a line
        reads.record(user, null, null, null, Map.of("report", "QUARTERLY", "year", quarter.year(),
                "quarter", quarter.quarter(), "format", format, "settings", view.settings().size()));
        return view;
    }

    /** Today's figures for the user's settings, not audited: for the caller that audits its own use of them. */
    public View figures(TidemarkUser user, Quarter quarter) {
        List<Setting> settings = scope.settingsOf(user);
        QuarterlyReport report = queries.query(new FindQuarterlyReport(quarter.year(), quarter.quarter(),
                        settings.stream().map(Setting::id).collect(Collectors.toSet())),
                ResponseTypes.instanceOf(QuarterlyReport.class)).join();
        Map<String, String> names = new LinkedHashMap<>();
        settings.forEach(s -> names.put(s.id(), s.name()));
        return View.of(report, trustName(user), names, Instant.now());
    }

    /** The trust's name, for the report's title and every page of its PDF. */
    public String trustName(TidemarkUser user) {
        return accounts.trustName(user.trustId()).orElse("Tidemark");
    }

    /** The years the user's settings have any case in, newest first; at least the current year. */
    public List<Integer> years(TidemarkUser user, Instant now) {
        Set<String> settings = scope.settingIdsOf(user);
        Integer first = queries.query(new FindReportYears(settings), ResponseTypes.instanceOf(Integer.class)).join();
        int current = Quarter.containing(now).year();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= (first == null || first == 0 ? current : Math.min(current, first)); y--) {
            years.add(y);
        }
        return years;
    }
}
