package uk.tidemark.app.web.home;

import org.springframework.ui.Model;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.DashboardCases;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.kernel.text.FewWords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The safeguarding lead's dashboard as the template {@code home/dashboard.html} reads it. */
final class Dashboard {

    /** One count block: what is counted, how many, and the dashboard narrowed to it. */
    record Count(String label, long value, String href) {
    }

    /**
     * A case row, worded for the page: of the case's free text only its first few words (a dashboard is glanced at,
     * sometimes over a shoulder; the whole summary is on the case page: decision 0043); the owner by display name.
     */
    record CaseRow(String id, String reference, String path, String setting, String stage, String category, String severity,
                   String owner, String logged, boolean immediateRisk, String words) {
    }

    private Dashboard() {
    }

    /**
     * @param names    display names by username
     * @param bodyOnly only the filtered part is shown (htmx swapping it): the user's own cases are left out
     */
    static void fill(Model model, TidemarkUser user, DashboardFilter filter, List<Setting> settings,
                     DashboardCases cases, Function<String, String> names, boolean bodyOnly) {
        Map<String, String> settingNames = SettingNames.of(settings);
        DashboardCases.Narrowing narrowing = filter.narrowing();

        IncidentCounts counts = cases.openCounts(user, narrowing);
        model.addAttribute("openTotal", counts.total());
        List<Count> byStage = new ArrayList<>();
        counts.byStage().forEach((stage, n) -> {
            if (stage != Stage.CLOSED) {
                byStage.add(new Count(Choice.words(stage), n, link(filter, "stage", stage.name())));
            }
        });
        List<Count> bySeverity = new ArrayList<>();
        counts.bySeverity().forEach((severity, n) ->
                bySeverity.add(new Count(Choice.words(severity), n, link(filter, "severity", severity.name()))));
        bySeverity.add(new Count("Not assessed yet", counts.notAssessed(), null));
        model.addAttribute("byStage", byStage);
        model.addAttribute("bySeverity", bySeverity);

        // new and unacknowledged: the stage before triage, unless the filter asks for another stage
        DashboardCases.Rows<CaseRow> fresh = filter.stage() != null && filter.stage() != Stage.NEW
                ? new DashboardCases.Rows<>(List.of(), 0)
                : rows(cases.openCases(user, new DashboardCases.Narrowing(narrowing.settingId(), Stage.NEW,
                narrowing.severity(), narrowing.category()), null, HomeController.ROWS_SHOWN), settingNames, names);
        model.addAttribute("newCases", fresh);
        // narrowed, the open cases that match, as the case list would show them
        model.addAttribute("matching", filter.any() ? rows(cases.openCases(user, narrowing, null,
                HomeController.ROWS_SHOWN), settingNames, names) : null);
        if (!bodyOnly) { // the user's own cases, whatever the filters (they come before them)
            model.addAttribute("myCases", rows(cases.openCases(user, new DashboardCases.Narrowing(null, null, null,
                    null), user.getUsername(), HomeController.ROWS_SHOWN), settingNames, names));
        }

        model.addAttribute("filter", Form.blank("filter", filter.params()));
        model.addAttribute("filtered", filter.any());
        List<Choice> settingChoices = new ArrayList<>();
        settingNames.forEach((id, name) -> settingChoices.add(new Choice(id, name)));
        model.addAttribute("settingChoices", settingChoices);
        model.addAttribute("stageChoices", Choice.of(Stage.class).stream()
                .filter(c -> !c.value().equals(Stage.CLOSED.name())).toList());
        model.addAttribute("severityChoices", Choice.of(Severity.class));
        model.addAttribute("categoryChoices", Choice.of(Category.class));
    }

    private static DashboardCases.Rows<CaseRow> rows(DashboardCases.Rows<DashboardCases.Row> found,
                                                     Map<String, String> settingNames,
                                                     Function<String, String> names) {
        return new DashboardCases.Rows<>(found.items().stream().map(r -> new CaseRow(r.id(), r.reference(), "/cases/" + r.id(),
                settingNames.getOrDefault(r.settingId(), r.settingId()), Choice.words(r.stage()),
                DashboardCases.categoryWords(r.category(), r.trustCategory()), r.severity() == null ? "Not assessed" : Choice.words(r.severity()),
                r.ownerId() == null ? "Nobody yet" : names.apply(r.ownerId()), LondonTimes.format(r.loggedAt()),
                r.immediateRisk(), FewWords.of(r.summary()))).toList(), found.total());
    }

    /** The dashboard narrowed further: the current filters with one more. */
    private static String link(DashboardFilter filter, String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(filter.params());
        params.put(name, value);
        return "/?" + params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
