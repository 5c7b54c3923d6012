package uk.tidemark.app.web.report;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report for one user: the settings they may report on (the trust's for a trustee, their own for a
 * headteacher or DSL), in name order, and one audit entry per report given out (decision 0014 says why).
 * Shared by the API's three formats and the page.
 */
@Component
class QuarterlyReports {
    static final String ALL_SETTINGS = "All settings";

    private final QueryGateway queries;
    private final AccessScope scope;
    private final ReadAudit reads;

    QuarterlyReports(QueryGateway queries, AccessScope scope, ReadAudit reads) {
        this.queries = queries;
        this.scope = scope;
        this.reads = reads;
    }

    /** One column of the report: a setting (or all of them, {@code settingId} null) this quarter and the last. */
    record Column(String settingId, String name, Figures current, Figures previous) {
    }

    record View(Quarter quarter, Quarter previousQuarter, List<Column> settings, Column allSettings,
                Instant generatedAt) {

        /** The settings, then all of them together; a report of one setting has just that column. */
        List<Column> columns() {
            List<Column> all = new ArrayList<>(settings);
            if (settings.size() != 1) {
                all.add(allSettings);
            }
            return all;
        }
    }

    View report(TidemarkUser user, Quarter quarter, String format) {
        List<Setting> settings = scope.settingsOf(user);
        QuarterlyReport report = queries.query(new FindQuarterlyReport(quarter.year(), quarter.quarter(),
                        settings.stream().map(Setting::id).collect(Collectors.toSet())),
                ResponseTypes.instanceOf(QuarterlyReport.class)).join();
        Map<String, SettingReport> byId = report.settings().stream()
                .collect(Collectors.toMap(SettingReport::settingId, Function.identity()));
        List<Column> columns = settings.stream().filter(s -> byId.containsKey(s.id()))
                .map(s -> column(byId.get(s.id()), s.name())).toList();
        View view = new View(report.quarter(), report.previousQuarter(), columns,
                column(report.allSettings(), ALL_SETTINGS), Instant.now());
        // not a read of any case (counts only), but who took the trust's figures, and which, is worth a line
        reads.record(user, null, null, null, Map.of("report", "QUARTERLY", "year", quarter.year(),
                "quarter", quarter.quarter(), "format", format, "settings", columns.size()));
        return view;
    }

    private static Column column(SettingReport r, String name) {
        return new Column(r.settingId(), name, r.current(), r.previous());
    }
}
