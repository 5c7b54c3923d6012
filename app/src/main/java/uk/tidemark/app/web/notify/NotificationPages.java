package uk.tidemark.app.web.notify;

import uk.tidemark.app.link.CaseLinks;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.web.validation.QueryBooleans;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.notify.NewReports;
import uk.tidemark.app.notify.NotificationPreferences;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifications inbox, over {@link NotificationController}: the user's own notifications newest first, the
 * unread ones tagged "Unread" (in words, not only a colour), each with a button to mark it read. Without
 * JavaScript the button posts and the inbox comes back (POST/redirect/GET); with htmx only its row is swapped.
 */
@WebPage
class NotificationPages {

    static final int PAGE_SIZE = 20;
    static final String NOT_FROM_THE_BUTTON = "Nothing was marked as read: use the Mark as read button beside a "
            + "notification.";

    static final String PREFERENCES = "preferences";
    static final String NEW_REPORTS = "newReports";
    static final String CHOOSE = "Choose whether you are told about every new report.";

    private final NotificationController notifications;
    private final NotificationPreferences preferences;

    NotificationPages(NotificationController notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    /** The choices of being told about every new report, in words. */
    static List<Choice> newReportChoices() {
        return List.of(new Choice(NewReports.OFF.name(), "No, the dashboard is enough"),
                new Choice(NewReports.IN_APP.name(), "Yes, here in Tidemark"),
                new Choice(NewReports.EMAIL.name(), "Yes, here and by e-mail"));
    }

    /**
     * Saves whether the user is told about every new report (decision 0044): back to the inbox with a banner, or,
     * without a choice Tidemark knows, the inbox again with the problem (400), nothing changed.
     */
    @PostMapping(path = "/notifications/preferences", produces = MediaType.TEXT_HTML_VALUE)
    String choose(@RequestParam(name = NEW_REPORTS, required = false) String chosen,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        NewReports choice = null;
        for (NewReports r : NewReports.values()) {
            if (r.name().equals(chosen)) {
                choice = r;
            }
        }
        if (choice == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refused", new Form(PREFERENCES, Map.of(), List.of(new FieldProblem(NEW_REPORTS,
                    CHOOSE)), null));
            return inbox(false, "0", user, model);
        }
        preferences.setNewReports(user.getUsername(), choice);
        redirect.addFlashAttribute("success", "Your choice is saved.");
        return "redirect:/notifications";
    }

    /** A notification as the inbox shows it. */
    record Row(String id, String kind, String text, String at, boolean unread, String casePath, String caseLabel) {
    }

    @GetMapping(path = "/notifications", produces = MediaType.TEXT_HTML_VALUE)
    String inbox(@RequestParam(required = false) String unread, @RequestParam(defaultValue = "0") String page,
                 @AuthenticationPrincipal TidemarkUser user, Model model) {
        return inbox(QueryBooleans.isTrue(unread), page, user, model);
    }

    private String inbox(boolean unread, String page, TidemarkUser user, Model model) {
        int number = pageOf(page);
        List<NotificationController.NotificationView> found = notifications.list(unread, number, PAGE_SIZE, user);
        model.addAttribute("rows", found.stream().map(NotificationPages::row).toList());
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("newer", number > 0 ? link(unread, number - 1) : null);
        // a full page may have older ones after it (the inbox is not counted: an older page may be empty)
        model.addAttribute("older", found.size() == PAGE_SIZE ? link(unread, number + 1) : null);
        model.addAttribute("page", number);
        // the leads a new report can be told to choose whether it is (decision 0044)
        boolean lead = user.hasRole(Role.DSL) || user.hasRole(Role.DEPUTY_DSL);
        model.addAttribute("offerNewReports", lead);
        if (lead) {
            Object refused = model.getAttribute("refused");
            model.addAttribute(PREFERENCES, refused instanceof Form f && f.name().equals(PREFERENCES) ? f
                    : Form.blank(PREFERENCES, Map.of(NEW_REPORTS, preferences.newReports(user.getUsername()).name())));
            model.addAttribute("newReportChoices", newReportChoices());
        }
        return "notifications/inbox";
    }

    /**
     * Marks the notification read. The form says what it asks for ({@code action=read}): a post without it (not
     * from the button) changes nothing and answers 400 with the inbox.
     */
    @PostMapping(path = "/notifications/{id}/read", produces = MediaType.TEXT_HTML_VALUE)
    String markRead(@PathVariable String id, @RequestParam(required = false) String action,
                    @RequestParam(name = "unread", required = false) String unreadOnly,
                    @RequestParam(defaultValue = "0") String page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        boolean unread = QueryBooleans.isTrue(unreadOnly);
        if (!"read".equals(action)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refused", new Form("mark", Map.of(), List.of(), NOT_FROM_THE_BUTTON));
            return inbox(unread, page, user, model);
        }
        notifications.markRead(id, user); // someone else's, or no such notification: the 404 page
        if (htmx != null) {
            NotificationController.NotificationView read = find(id, user);
            if (read != null) {
                model.addAttribute("r", row(read));
                model.addAttribute("unreadOnly", unread);
                model.addAttribute("page", pageOf(page));
                return "notifications/inbox :: row";
            }
        }
        redirect.addFlashAttribute("success", "Marked as read.");
        return "redirect:" + link(unread, pageOf(page));
    }

    /** The notification after marking it read: the newest are the likeliest, so those are looked at first. */
    private NotificationController.NotificationView find(String id, TidemarkUser user) {
        return notifications.list(false, 0, NotificationController.MAX_PAGE_SIZE, user).stream()
                .filter(n -> n.notificationId().equals(id)).findFirst().orElse(null);
    }

    private static Row row(NotificationController.NotificationView n) {
        String path = n.link();
        String label = path == null ? null : "See the role changes";
        if (n.caseType() != null && n.caseId() != null) {
            path = CaseLinks.path(n.caseType(), n.caseId());
            label = "Open the case";
        }
        // the kind is said once: not as a tag before words that begin with it ("Deadline missed on ...")
        String kind = Choice.words(n.kind());
        String text = n.text() == null ? "" : n.text();
        boolean saysItsKind = text.toLowerCase(Locale.ENGLISH).startsWith(kind.toLowerCase(Locale.ENGLISH));
        return new Row(n.notificationId(), saysItsKind ? null : kind, text, LondonTimes.format(n.createdAt()),
                n.readAt() == null, path, label);
    }

    private static String link(boolean unread, int page) {
        String query = (unread ? "unread=true&" : "") + "page=" + page;
        return "/notifications?" + query;
    }

    private static int pageOf(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
