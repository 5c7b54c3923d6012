package uk.tidemark.app.web.home;

import jakarta.servlet.http.HttpSession;
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
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.web.transfer.RecordsToAcknowledge;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.audit.AuditEntry;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditSearch;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.DashboardCases;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.report.ReportPublications;
import uk.tidemark.kernel.text.FewWords;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.app.time.LondonTimes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The page a browser lands on after signing in. For the safeguarding leads and the headteacher, the dashboard: first
 * what needs attention ({@link NeedsAttention}), then their own cases, then, folded away on a phone, the open cases by
 * stage and severity and the new cases nobody has triaged, narrowed by setting, stage, severity and category (a GET
 * form; with htmx only that part is swapped). HR see the deadlines that need attention.
 * For a reporter, the reports they made; for HR, the trustee and the administrator, the way on to their pages.
 * Every number and row comes through the API's own queries and scope, so a case the user is a subject of, or of
 * another setting, is neither listed nor counted.
 */
@WebPage
class HomeController {

    /** The most cases read to find what needs attention: the untriaged and the newest. */
    static final int ATTENTION_ROWS = 50;
    private static final String PREVIOUS_SIGN_IN = "tidemark.dashboard.previousSignIn";
    private static final String NO_PREVIOUS_SIGN_IN = "none";
    /** The most rows of each case list on the dashboard; the case list has them all. */
    static final int ROWS_SHOWN = 10;

    private final AccessScope scope;
    private final QueryGateway queries;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;
    private final DashboardCases cases;
    private final DisplayNames names;
    private final AuditSearch audit;
    private final ReportPublications publications;
    private final CaseLocator locator;
    private final RecordsToAcknowledge transfers; // decision 0055

    HomeController(AccessScope scope, QueryGateway queries, ConflictOfInterest conflicts, ReadAudit reads,
                   DashboardCases cases, DisplayNames names, AuditSearch audit, ReportPublications publications,
                   CaseLocator locator, RecordsToAcknowledge transfers) {
        this.locator = locator;
        this.transfers = transfers;
        this.names = names;
        this.publications = publications;
        this.audit = audit;
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
                @AuthenticationPrincipal TidemarkUser user, HttpSession session, Model model) {
        List<Setting> settings = scope.settingsOf(user);
        model.addAttribute("settings", settings.stream().map(Setting::name).toList());
        boolean caseWorker = AccessScope.isCaseWorker(user);
        model.addAttribute("caseWorker", caseWorker);
        model.addAttribute("recordsToAcknowledge", transfers.count(user));
        model.addAttribute("answersForDeadlines", caseWorker || AccessScope.isHrWorker(user));
        model.addAttribute("hr", AccessScope.isHrWorker(user));
        model.addAttribute("trustee", user.hasRole(Role.TRUSTEE));
        if (user.hasRole(Role.TRUSTEE)) {
            // the report the board was last given, as its DSL or head published it (issue 17)
            model.addAttribute("newestReport", publications.newestOfAnyQuarter(user).orElse(null));
        }
        model.addAttribute("admin", user.hasRole(Role.ADMIN));
        model.addAttribute("reporter", !caseWorker && AccessScope.mayLog(user));

        DashboardFilter filter = DashboardFilter.of(setting, stage, severity, category, settings);
        boolean bodyOnly = htmx != null && restore == null && caseWorker;
        if (caseWorker) {
            Dashboard.fill(model, user, filter, settings, cases, names::of, bodyOnly);
        } else if (AccessScope.mayLog(user)) {
            DashboardCases.Rows<DashboardCases.Reported> reports = cases.ownReports(user, ROWS_SHOWN * 2);
            model.addAttribute("reports", new DashboardCases.Rows<>(reports.items().stream().map(r -> new MyReport(
                    "/concerns/" + r.id(), r.reference(), DashboardCases.categoryWords(r.category(), r.trustCategory()),
                    Objects.requireNonNullElse(FewWords.of(r.summary()), ""), LondonTimes.format(r.loggedAt()),
                    r.status() == IncidentStatus.OPEN)).toList(), reports.total()));
        }
        if (!bodyOnly) {
            // what needs doing comes first, whatever the filters below it narrow (they narrow the counts)
            Instant now = Instant.now();
            List<DashboardCases.Row> untriaged = List.of();
            List<DashboardCases.Row> recent = List.of();
            if (caseWorker) {
                untriaged = cases.openCases(user, new DashboardCases.Narrowing(null, Stage.NEW, null, null), null,
                        ATTENTION_ROWS).items();
                recent = cases.openCases(user, new DashboardCases.Narrowing(null, null, null, null), null,
                        ATTENTION_ROWS).items();
            }
            boolean answers = caseWorker || AccessScope.isHrWorker(user);
            List<NeedsAttention.Group> attention = NeedsAttention.of(untriaged, recent,
                    caseWorker ? previousSignIn(user, session) : null, openDeadlines(user), now, !answers);
            model.addAttribute("attention", attention);
        }
        // a filter submitted by htmx gets only the dashboard's body back; without JavaScript, the whole page
        // (htmx restoring history asks for the whole page)
        return bodyOnly ? "home/dashboard :: dashboardBody" : "home";
    }

    /**
     * The open deadlines (pending or missed) of the cases the user may work on, and of the register records whose
     * deadlines they own, soonest due first.
     */
    private List<DeadlineView> openDeadlines(TidemarkUser user) {
        boolean answers = AccessScope.isCaseWorker(user) || AccessScope.isHrWorker(user);
        if (!answers && !AccessScope.mayLog(user)) {
            return List.of();
        }
        String username = user.getUsername();
        // never those of a case the user is a subject of: not even their number; a member of staff who answers for
        // no case has only the registers' deadlines they own (issue 18: an official account they lead, a policy)
        List<DeadlineView> open = queries.query(new FindDeadlines(scope.settingIdsOf(user), null,
                        null, null, answers ? null : username, conflicts.hiddenFrom(user).all()),
                        ResponseTypes.multipleInstancesOf(DeadlineView.class)).join().stream()
                .filter(DeadlineView::open)
                .filter(d -> answers && scope.mayWorkOn(user, d.caseType(), d.settingId())
                        || d.caseType().isRegister() && username.equals(d.ownerId()))
                .filter(d -> !d.caseType().isRegister() || locator.locate(d.caseId(), d.caseType())
                        .map(o -> !o.subjects().contains(username)).orElse(true))
                .toList();
        if (!answers && open.isEmpty()) {
            return open; // nothing shown, nothing read
        }
        // the deadlines are a view of the deadline board: a read of case data, audited before it is shown
        reads.recordList(user, open.size());
        return open;
    }

    /**
     * When the user signed in before this session's sign-in, from the audit trail's sign-ins (by the sign-in form or
     * single sign-on; an API call's credentials are not a visit), read once per session; null for a first visit.
     */
    private Instant previousSignIn(TidemarkUser user, HttpSession session) {
        Object known = session.getAttribute(PREVIOUS_SIGN_IN);
        if (known instanceof Instant at) {
            return at;
        }
        if (NO_PREVIOUS_SIGN_IN.equals(known)) {
            return null;
        }
        List<Instant> visits = audit.find(new AuditSearch.Filter(null, user.getUsername(), AuditKind.SIGN_IN, null,
                        null), AuditSearch.Scope.all(), 0, 20).items().stream()
                .filter(e -> !"BASIC".equals(e.what())).map(AuditEntry::at).toList();
        Instant previous = visits.size() < 2 ? null : visits.get(1);
        session.setAttribute(PREVIOUS_SIGN_IN, previous == null ? NO_PREVIOUS_SIGN_IN : previous);
        return previous;
    }

    /** A report as its reporter's home page lists it: status only. */
    record MyReport(String path, String reference, String category, String summary, String reported,
                    boolean open) {
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
