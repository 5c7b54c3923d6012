package uk.tidemark.app.web.home;

import uk.tidemark.app.link.CaseLinks;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.DashboardCases;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.app.time.LondonTimes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The page a browser lands on after signing in. For the safeguarding leads and the headteacher, the dashboard:
 * open cases by stage and severity, the new cases nobody has triaged, the missed deadlines and their own cases,
 * narrowed by setting, stage, severity and category (a GET form; with htmx only the dashboard's body is swapped).
 * For a reporter, the reports they made; for HR, the trustee and the administrator, the way on to their pages.
 * Every number and row comes through the API's own queries and scope, so a case the user is a subject of, or of
 * another setting, is neither listed nor counted.
 */
@WebPage
class HomeController {

    /** The most missed deadlines the page lists; the deadline board has them all. */
    static final int OVERDUE_SHOWN = 20;
    /** The most rows of each case list on the dashboard; the case list has them all. */
    static final int ROWS_SHOWN = 10;

    private final AccessScope scope;
    private final QueryGateway queries;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;
    private final DashboardCases cases;

    HomeController(AccessScope scope, QueryGateway queries, ConflictOfInterest conflicts, ReadAudit reads,
                   DashboardCases cases) {
        this.scope = scope;
        this.queries = queries;
        this.conflicts = conflicts;
        this.reads = reads;
        this.cases = cases;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(@RequestParam(required = false) String setting, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String severity, @RequestParam(required = false) String category,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                @AuthenticationPrincipal TidemarkUser user, Model model) {
        List<Setting> settings = scope.settingsOf(user);
        model.addAttribute("settings", settings.stream().map(Setting::name).toList());
        boolean caseWorker = AccessScope.isCaseWorker(user);
        model.addAttribute("caseWorker", caseWorker);
        model.addAttribute("answersForDeadlines", caseWorker || AccessScope.isHrWorker(user));
        model.addAttribute("hr", AccessScope.isHrWorker(user));
        model.addAttribute("trustee", user.hasRole(Role.TRUSTEE));
        model.addAttribute("admin", user.hasRole(Role.ADMIN));
        model.addAttribute("reporter", !caseWorker && AccessScope.mayLog(user));

        DashboardFilter filter = DashboardFilter.of(setting, stage, severity, category, settings);
        if (caseWorker) {
            Dashboard.fill(model, user, filter, settings, cases);
        } else if (AccessScope.mayLog(user)) {
            DashboardCases.Rows<DashboardCases.Reported> reports = cases.ownReports(user, ROWS_SHOWN * 2);
            model.addAttribute("reports", new DashboardCases.Rows<>(reports.items().stream().map(r -> new MyReport(
                    "/concerns/" + r.id(), r.reference(), DashboardCases.categoryWords(r.category(), r.trustCategory()),
                    fewWords(r.summary()), LondonTimes.format(r.loggedAt()),
                    r.status() == IncidentStatus.OPEN)).toList(), reports.total()));
        }
        List<DeadlineView> missed = missed(user, filter.settingId());
        model.addAttribute("missedCount", missed.size());
        model.addAttribute("missed", missed.stream().limit(OVERDUE_SHOWN).map(d -> Overdue.of(d, user)).toList());
        // a filter submitted by htmx gets only the dashboard's body back; without JavaScript, the whole page
        // (htmx restoring history asks for the whole page)
        return htmx != null && restore == null && caseWorker ? "home/dashboard :: dashboardBody" : "home";
    }

    /** The missed deadlines of the cases the user may work on, latest due first; empty for everyone else. */
    private List<DeadlineView> missed(TidemarkUser user, String settingId) {
        if (!AccessScope.isCaseWorker(user) && !AccessScope.isHrWorker(user)) {
            return List.of();
        }
        // never those of a case the user is a subject of: not even their number
        List<DeadlineView> missed = queries.query(new FindDeadlines(scope.settingIdsOf(user), DeadlineStatus.MISSED,
                        null, null, null, conflicts.hiddenFrom(user).all()),
                        ResponseTypes.multipleInstancesOf(DeadlineView.class)).join().stream()
                .filter(d -> scope.mayWorkOn(user, d.caseType(), d.settingId()))
                .filter(d -> settingId == null || settingId.equals(d.settingId()))
                .sorted(Comparator.comparing(DeadlineView::dueAt).reversed())
                .toList();
        // the missed deadlines are a view of the deadline board: a read of case data, audited before it is shown
        reads.recordList(user, Math.min(missed.size(), OVERDUE_SHOWN));
        return missed;
    }

    /** A report as its reporter's home page lists it: status only. */
    record MyReport(String path, String reference, String category, String summary, String reported,
                    boolean open) {
    }

    /** The first words of what was reported, cut at a word and marked as cut: "Year 9 group chat shared a …". */
    static String fewWords(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        String text = summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= 60) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 60);
        return text.substring(0, cut > 20 ? cut : 60) + " …";
    }

    /** A missed deadline as the page lists it. */
    record Overdue(String kind, String due, boolean yours, String caseType, String reference, String path) {
        static Overdue of(DeadlineView d, TidemarkUser user) {
            return new Overdue(capitalised(d.kind().label()), LondonTimes.format(d.dueAt()),
                    user.getUsername().equals(d.ownerId()), d.caseType().name().toLowerCase(Locale.ENGLISH),
                    d.caseReference(), CaseLinks.path(d.caseType(), d.caseId()));
        }
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
