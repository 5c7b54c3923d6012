package uk.tidemark.app.web.incident;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import uk.tidemark.app.audit.CaseDataRead;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.validation.QueryBooleans;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageNumbers;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case list and the case page, for the safeguarding leads and the headteacher. Both read through
 * {@link IncidentController}: the list is its filtered, paged list, the page its full view and chronology.
 */
@WebPage
class IncidentPages {

    static final int PAGE_SIZE = 20;

    private final IncidentController incidents;
    private final IncidentPageModel casePage;
    private final AccessScope scope;

    IncidentPages(IncidentController incidents, IncidentPageModel casePage, AccessScope scope) {
        this.incidents = incidents;
        this.casePage = casePage;
        this.scope = scope;
    }

    @GetMapping("/cases")
    @CaseDataRead // read through IncidentController, which records the read
    String list(@RequestParam Map<String, String> query, @AuthenticationPrincipal TidemarkUser user,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        // unknown values are ignored rather than refused: a filter is a convenience, never a failure
        IncidentStatus status = parse(IncidentStatus.class, query.get("status"));
        Stage stage = parse(Stage.class, query.get("stage"));
        Severity severity = parse(Severity.class, query.get("severity"));
        Category category = parse(Category.class, query.get("category"));
        List<Setting> settings = scope.settingsOf(user);
        String settingId = settings.stream().map(Setting::id).filter(s -> s.equals(query.get("settingId")))
                .findFirst().orElse(null);
        boolean mine = QueryBooleans.isTrue(query.get("mine"));
        // a search longer than the API takes is cut, not refused: the page never fails on a filter
        String q = query.get("q") == null || query.get("q").isBlank() ? null
                : query.get("q").strip().substring(0, Math.min(query.get("q").strip().length(),
                IncidentController.MAX_SEARCH));
        int page = Math.max(1, number(query.get("page")));
        IncidentViews.PageView<?> result = incidents.list(status, stage, severity, category, settingId,
                mine ? user.getUsername() : null, q, page - 1, PAGE_SIZE, user);
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "status", status);
        put(filters, "stage", stage);
        put(filters, "severity", severity);
        put(filters, "category", category);
        if (settingId != null) {
            filters.put("settingId", settingId);
        }
        if (mine) {
            filters.put("mine", "true");
        }
        if (q != null) {
            filters.put("q", q);
        }
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filter", Form.blank("filter", filters));
        model.addAttribute("rows", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("paging", paging(filters, page, result.total()));
        model.addAttribute("settingNames", SettingNames.of(settings));
        model.addAttribute("settingChoices", settings.size() > 1
                ? settings.stream().map(s -> new Choice(s.id(), s.name())).toList() : List.of());
        model.addAttribute("statuses", Choice.of(IncidentStatus.class));
        model.addAttribute("stages", Choice.of(Stage.class));
        model.addAttribute("severities", Choice.of(Severity.class));
        model.addAttribute("categories", ConcernForm.categories());
        // htmx asks for the results only; a history restore (and every plain request) gets the whole page
        boolean part = "true".equals(htmx) && restore == null;
        return part ? "incidents/list :: results" : "incidents/list";
    }

    @GetMapping("/cases/{id}")
    @CaseDataRead // read through IncidentController, which records the read
    String page(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        if (!casePage.fill(id, user, null, model)) {
            return "redirect:/concerns/" + id;
        }
        return "incidents/page";
    }

    /** The list's pagination: its links keep the filters and count pages from 1 ({@code /cases?page=2}). */
    static PageNumbers paging(Map<String, String> filters, int page, long total) {
        return PageNumbers.ofFromOne("/cases", filters, page - 1, PAGE_SIZE, total);
    }

    private static void put(Map<String, String> filters, String name, Enum<?> value) {
        if (value != null) {
            filters.put(name, value.name());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int number(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
