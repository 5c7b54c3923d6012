package uk.tidemark.app.web.incident;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.incident.IncidentViews.CaseSummaryView;
import uk.tidemark.app.web.incident.IncidentViews.ReportedCaseView;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.time.Instant;
import java.util.List;

/**
 * What the home page reads of the incident cases, through the case list API ({@link IncidentController#list}), so
 * that the dashboard shows what the API would show the same user, audited as the API audits it: a safeguarding
 * lead's settings' cases, never one they are a subject of; a reporter's own reports as status only. The counts
 * use the same filter and scope as the list.
 */
@Component
public class DashboardCases {

    /** The filters the dashboard narrows by; any may be null (every value). */
    public record Narrowing(String settingId, Stage stage, Severity severity, Category category) {
    }

    /**
     * A case as a dashboard row shows it to a safeguarding lead; {@code trustCategory} the name of the trust's own
     * category under {@code category}, or null (decision 0041); {@code summary} what was reported, which a page
     * shows only its first few words of (decision 0043).
     */
    public record Row(String id, String reference, String settingId, Stage stage, Category category,
                      Severity severity, String ownerId, Instant loggedAt, boolean immediateRisk,
                      String trustCategory, String summary) {
    }

    /** A report as its reporter sees it: status only. */
    public record Reported(String id, String reference, IncidentStatus status, Category category, Instant loggedAt,
                           String trustCategory, String summary) {
    }

    /** "Cyberbullying" or, with one of the trust's own categories under it, "Cyberbullying (Group chats)". */
    public static String categoryWords(Category category, String trustCategory) {
        return Choice.words(category) + (trustCategory == null ? "" : " (" + trustCategory + ")");
    }

    private static String name(IncidentViews.TrustCategoryView trustCategory) {
        return trustCategory == null ? null : trustCategory.name();
    }

    /** One page of rows and how many cases match in all. */
    public record Rows<T>(List<T> items, long total) {
    }

    private final IncidentController incidents;
    private final QueryGateway queries;
    private final AccessScope scope;
    private final ReadAudit reads;

    DashboardCases(IncidentController incidents, QueryGateway queries, AccessScope scope, ReadAudit reads) {
        this.incidents = incidents;
        this.queries = queries;
        this.scope = scope;
        this.reads = reads;
    }

    /**
     * The open cases of the user's settings by stage and severity, leaving out every case naming the user as a
     * subject; nothing for anyone who is not a safeguarding lead or headteacher. Audited as a list read.
     */
    public IncidentCounts openCounts(TidemarkUser user, Narrowing n) {
        if (!AccessScope.isCaseWorker(user)) {
            return IncidentCounts.none();
        }
        IncidentFilter filter = new IncidentFilter(IncidentStatus.OPEN, n.stage(), n.severity(), n.category(),
                n.settingId(), null, scope.settingIdsOf(user), null, user.getUsername());
        IncidentCounts counts = queries.query(new FindCaseCounts(filter), ResponseTypes.instanceOf(IncidentCounts.class))
                .join();
        reads.recordList(user, counts.total());
        return counts;
    }

    /** Open cases matching the narrowing (and, when not null, owned by {@code ownerId}), newest first. */
    public Rows<Row> openCases(TidemarkUser user, Narrowing n, String ownerId, int size) {
        IncidentViews.PageView<?> page = incidents.list(IncidentStatus.OPEN, n.stage(), n.severity(), n.category(),
                n.settingId(), ownerId, null, 0, size, user);
        List<Row> rows = page.items().stream().map(CaseSummaryView.class::cast)
                .map(s -> new Row(s.id(), s.reference(), s.settingId(), s.stage(), s.category(), s.severity(), s.ownerId(),
                        s.loggedAt(), s.immediateRisk(), name(s.trustCategory()), s.summary())).toList();
        return new Rows<>(rows, page.total());
    }

    /** The reports the user made, newest first, as the reporter's status-only view. */
    public Rows<Reported> ownReports(TidemarkUser user, int size) {
        IncidentViews.PageView<?> page = incidents.list(null, null, null, null, null, null, null, 0, size, user);
        List<Reported> rows = page.items().stream().map(item -> {
            if (item instanceof ReportedCaseView r) {
                return new Reported(r.id(), r.reference(), r.status(), r.category(), r.loggedAt(),
                        name(r.trustCategory()), r.summary());
            }
            CaseSummaryView s = (CaseSummaryView) item;
            return new Reported(s.id(), s.reference(), s.status(), s.category(), s.loggedAt(),
                    name(s.trustCategory()), s.summary());
        }).toList();
        return new Rows<>(rows, page.total());
    }
}
