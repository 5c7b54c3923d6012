package uk.tidemark.app.web.report;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.OnceOnlyForms;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportPublicationController.Publish;
import uk.tidemark.kernel.report.Narrative;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing a quarter's report from the pages (issue 17), over {@link ReportPublicationController}: the narrative
 * ({@code /reports/quarterly/publish}), then "Check the report before you publish" with the narrative exactly as
 * written and the headline figures to be frozen, and a box to tick that the narrative names no child or member of
 * staff; then the report page with the published version. A form sent twice publishes once (its one-time key).
 */
@WebPage
class ReportPublicationPage {

    static final String FORM = "publish";
    static final String CONFIRM = "checked";
    static final Map<String, String> LABELS = Map.of(
            "narrative", "Narrative for the board",
            "year", "Year",
            "quarter", "Quarter",
            CONFIRM, "I have checked the narrative: it names no child or member of staff");
    static final String NOT_CONFIRMED = "Confirm that you have checked the narrative names no child or member of "
            + "staff.";

    private final ReportPublicationController api;
    private final ReportPublications publications;
    private final QuarterlyReports reports;
    private final AccessScope scope;
    private final PageForms forms;
    private final PageActions actions;
    private final OnceOnlyForms once;

    ReportPublicationPage(ReportPublicationController api, ReportPublications publications, QuarterlyReports reports,
                          AccessScope scope, PageForms forms, PageActions actions, OnceOnlyForms once) {
        this.api = api;
        this.publications = publications;
        this.reports = reports;
        this.scope = scope;
        this.forms = forms;
        this.actions = actions;
        this.once = once;
    }

    /** Without a year and quarter: the last quarter that has ended. The newest version's narrative to start from. */
    @GetMapping("/reports/quarterly/publish")
    String form(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        Quarter chosen;
        try {
            chosen = quarterOf(year, quarter);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(user, null, new Form(FORM, Map.of(), invalid.errors(), null), model);
        }
        Map<String, String> values = OnceOnlyForms.withNewKey(Map.of("year", String.valueOf(chosen.year()),
                "quarter", String.valueOf(chosen.quarter())));
        publications.latest(user, chosen).map(v -> v.publication().narrative())
                .ifPresent(n -> values.put("narrative", n));
        return formPage(user, chosen, Form.blank(FORM, values), model);
    }

    /** {@code action}: {@code check} (the narrative, to the check), {@code change} (back to it), {@code publish}. */
    @PostMapping("/reports/quarterly/publish")
    String submit(@RequestParam Map<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes flash, HttpServletResponse response) {
        String action = submitted.getOrDefault("action", "check");
        Quarter chosen;
        try {
            chosen = quarterOf(submitted.get("year"), submitted.get("quarter"));
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(user, null, new Form(FORM, submitted, invalid.errors(), null), model);
        }
        if (action.equals("change")) {
            return formPage(user, chosen, new Form(FORM, submitted, List.of(), null), model);
        }
        Map<String, String> answers = new HashMap<>(submitted);
        answers.remove(CONFIRM);
        PageForms.Bound<Publish> bound = forms.bind(answers, Publish.class);
        List<FieldProblem> errors = new ArrayList<>(bound.errors());
        if (bound.value() != null) {
            try {
                ReportPublicationController.checked(bound.value(), errors, Instant.now());
            } catch (InvalidRequestException invalid) {
                errors = invalid.errors();
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(user, chosen, new Form(FORM, submitted, errors, null), model);
        }
        if (!action.equals("publish")) {
            return checkPage(user, chosen, Form.blank(FORM, submitted), model);
        }
        if (!"true".equals(submitted.get(CONFIRM))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return checkPage(user, chosen, new Form(FORM, submitted, List.of(new FieldProblem(CONFIRM, NOT_CONFIRMED)),
                    null), model);
        }
        PageActions.Outcome<String> outcome = once.createOnce(user, FORM, submitted, () -> actions.run(FORM, submitted,
                () -> api.publish(bound.value(), new BeanPropertyBindingResult(bound.value(), "body"), user)
                        .getBody().id()));
        if (!outcome.done()) {
            response.setStatus(VersionedAction.status(outcome.form()));
            return checkPage(user, chosen, outcome.form(), model);
        }
        int version = publications.visible(user).stream().filter(s -> s.publicationId().equals(outcome.result()))
                .findFirst().map(s -> s.version()).orElse(0);
        flash.addFlashAttribute("success", "The report for " + chosen.label() + " is published"
                + (version > 0 ? ": version " + version + "." : "."));
        return "redirect:/reports/quarterly?year=" + chosen.year() + "&quarter=" + chosen.quarter();
    }

    /** The quarter of the form: the last ended one when none is given; one that has not ended is refused. */
    static Quarter quarterOf(String year, String quarter) {
        Instant now = Instant.now();
        boolean none = (year == null || year.isBlank()) && (quarter == null || quarter.isBlank());
        Quarter chosen = none ? Quarter.containing(now).previous() : ReportPeriod.parse(year, quarter, now);
        if (now.isBefore(chosen.end())) {
            throw new InvalidRequestException("quarter", ReportPublicationController.NOT_ENDED);
        }
        return chosen;
    }

    private String formPage(TidemarkUser user, Quarter quarter, Form form, Model model) {
        common(user, quarter, form, model);
        model.addAttribute("limit", Narrative.MAX);
        return "report/publish";
    }

    /** The check: the narrative as written and today's headline figures, which publishing freezes. */
    private String checkPage(TidemarkUser user, Quarter quarter, Form form, Model model) {
        common(user, quarter, form, model);
        View today = reports.report(user, quarter, "PUBLISH_CHECK");
        model.addAttribute("headline", today.headline());
        model.addAttribute("summary", QuarterlyReportPage.summary(today));
        model.addAttribute("shares", ReportRows.shares(today.compliance()).stream()
                .filter(s -> ReportRows.SUMMARY_SHARES.contains(s.key()))
                .map(s -> QuarterlyReportPage.shareRow(today, s)).toList());
        model.addAttribute("narrative", Narrative.normalise(form.value("narrative")));
        return "report/publish-check";
    }

    private void common(TidemarkUser user, Quarter quarter, Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("quarter", quarter);
        model.addAttribute("settingNames", scope.settingsOf(user).stream().map(Setting::name).toList());
        model.addAttribute("trustName", reports.trustName(user));
        Optional<ReportPublications.PublicationStatus> status = quarter == null ? Optional.empty()
                : Optional.of(publications.status(user, quarter, null));
        model.addAttribute("latest", status.map(ReportPublications.PublicationStatus::latest).orElse(null));
        model.addAttribute("reportUrl", quarter == null ? "/reports/quarterly"
                : "/reports/quarterly?year=" + quarter.year() + "&quarter=" + quarter.quarter());
    }
}
