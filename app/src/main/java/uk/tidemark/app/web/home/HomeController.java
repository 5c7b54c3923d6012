package uk.tidemark.app.web.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.security.AccessScope;
import uk.tidemark.app.security.ConflictOfInterest;
import uk.tidemark.app.security.Setting;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The page a browser lands on after signing in. Until the case pages arrive (issue 5) it says who is signed in,
 * where, and where the API and its description are, and offers a sign-out button. For those who answer for
 * deadlines (safeguarding leads, HR, the headteacher) it is also the first dashboard: the missed deadlines of the
 * cases they may work on, with no case content beyond the kind of deadline and when it was due.
 */
@RestController
class HomeController {

    /** The most missed deadlines the page lists; the deadline board has them all. */
    static final int OVERDUE_SHOWN = 20;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(WorkingCalendar.UK);

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
    String home(@AuthenticationPrincipal TidemarkUser user, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String settings = scope.settingsOf(user).stream().map(Setting::name).map(n -> htmlEscape(n))
                .collect(Collectors.joining(", "));
        String roles = user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Tidemark</title></head>
                <body>
                <main>
                <h1>Tidemark</h1>
                <p>Signed in as <strong>%s</strong> (%s)%s.</p>
                <p>The case pages are on their way. Until then Tidemark is used through its API:
                <a href="/api/me">/api/me</a>, <a href="/api/incidents">/api/incidents</a>, described at
                <a href="/v3/api-docs">/v3/api-docs</a>.</p>
                %s
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Sign out</button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(htmlEscape(user.displayName()), htmlEscape(roles),
                settings.isEmpty() ? "" : ", " + settings, overdue(user),
                htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
    }

    /** The missed deadlines of the cases the user may work on, latest due first; empty for everyone else. */
    private String overdue(TidemarkUser user) {
        boolean cases = AccessScope.isCaseWorker(user);
        boolean hr = AccessScope.isHrWorker(user);
        if (!cases && !hr) {
            return "";
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
        if (missed.isEmpty()) {
            return "<h2>Missed deadlines</h2>\n<p>None.</p>";
        }
        String items = missed.stream().limit(OVERDUE_SHOWN)
                .map(d -> "<li>" + htmlEscape(capitalised(d.kind().label())) + ", due " + htmlEscape(DUE.format(d.dueAt()))
                        + (user.getUsername().equals(d.ownerId()) ? " (yours)" : "") + ": <a href=\"" + htmlEscape(apiPath(d))
                        + "\">" + htmlEscape(d.caseType().name().toLowerCase(Locale.ENGLISH)) + " case</a></li>")
                .collect(Collectors.joining("\n"));
        return "<h2>Missed deadlines (" + missed.size() + ")</h2>\n<ul>\n" + items + "\n</ul>"
                + "\n<p>All deadlines: <a href=\"/api/deadlines\">/api/deadlines</a>.</p>";
    }

    private static String apiPath(DeadlineView d) {
        return switch (d.caseType()) {
            case INCIDENT -> "/api/incidents/" + d.caseId();
            case DISCIPLINARY -> "/api/disciplinary-cases/" + d.caseId();
            case COMPLAINT -> "/api/complaints/" + d.caseId();
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
