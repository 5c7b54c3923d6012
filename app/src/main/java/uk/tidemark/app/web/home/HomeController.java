package uk.tidemark.app.web.home;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.security.AccessScope;
import uk.tidemark.app.security.ConflictOfInterest;
import uk.tidemark.app.security.Setting;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The page a browser lands on after signing in. For those who answer for deadlines (safeguarding leads, HR, the
 * headteacher) it starts with the missed deadlines of the cases they may work on, with no case content beyond the
 * kind of deadline and when it was due; then the way on to each role's pages.
 */
@WebPage
class HomeController {

    /** The most missed deadlines the page lists; the deadline board has them all. */
    static final int OVERDUE_SHOWN = 20;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(WorkingCalendar.UK);

    /** A missed deadline as the page lists it. */
    record Overdue(String kind, String due, boolean yours, String caseType, String path) {
    }

    private final AccessScope scope;
    private final QueryGateway queries;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;

    HomeController(AccessScope scope, QueryGateway queries, ConflictOfInterest conflicts, ReadAudit reads) {
        this.scope = scope;
        this.queries = queries;
        this.conflicts = conflicts;
        this.reads = reads;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("settings", scope.settingsOf(user).stream().map(Setting::name).toList());
        model.addAttribute("answersForDeadlines", AccessScope.isCaseWorker(user) || AccessScope.isHrWorker(user));
        List<DeadlineView> missed = missed(user);
        model.addAttribute("missedCount", missed.size());
        model.addAttribute("missed", missed.stream().limit(OVERDUE_SHOWN).map(d -> new Overdue(
                capitalised(d.kind().label()), DUE.format(d.dueAt()), user.getUsername().equals(d.ownerId()),
                d.caseType().name().toLowerCase(Locale.ENGLISH), pagePath(d))).toList());
        return "home";
    }

    /** The missed deadlines of the cases the user may work on, latest due first; empty for everyone else. */
    private List<DeadlineView> missed(TidemarkUser user) {
        if (!AccessScope.isCaseWorker(user) && !AccessScope.isHrWorker(user)) {
            return List.of();
        }
        // never those of a case the user is a subject of: not even their number
        List<DeadlineView> missed = queries.query(new FindDeadlines(scope.settingIdsOf(user), DeadlineStatus.MISSED,
                        null, null, null, conflicts.hiddenFrom(user).all()),
                        ResponseTypes.multipleInstancesOf(DeadlineView.class)).join().stream()
                .filter(d -> scope.mayWorkOn(user, d.caseType(), d.settingId()))
                .sorted(Comparator.comparing(DeadlineView::dueAt).reversed())
                .toList();
        // the missed deadlines are a view of the deadline board: a read of case data, audited before it is shown
        reads.recordList(user, Math.min(missed.size(), OVERDUE_SHOWN));
        return missed;
    }

    /** The page of the deadline's case. */
    static String pagePath(DeadlineView d) {
        return switch (d.caseType()) {
            case INCIDENT -> "/cases/" + d.caseId();
            case DISCIPLINARY -> "/hr/cases/" + d.caseId();
            case COMPLAINT -> "/complaints/" + d.caseId();
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
