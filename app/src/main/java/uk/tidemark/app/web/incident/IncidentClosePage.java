package uk.tidemark.app.web.incident;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check before a case is closed (issue 16, decision 0044): the close form posts here first, and this page lists
 * what the case still awaits (warnings without a response, referrals without an acknowledgement, the deadlines the
 * close will settle) with the outcome and rationale carried in hidden fields; its button sends the close itself
 * ({@code POST /cases/{id}/close}, {@link IncidentCasePage}). No JavaScript. Nothing changes here: a form with
 * problems goes back to the case page with the close form open and its problems (400).
 */
@WebPage
class IncidentClosePage {

    static final String CLOSE = "close";

    private final IncidentPageModel casePage;
    private final PageForms forms;

    IncidentClosePage(IncidentPageModel casePage, PageForms forms) {
        this.casePage = casePage;
        this.forms = forms;
    }

    @PostMapping("/cases/{id}/close/confirm")
    @CaseDataRead // read through IncidentController, which records the read
    String confirm(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        String version = fields.remove(VersionedAction.FIELD);
        PageForms.Bound<ActionRequests.Close> bound = forms.bind(fields, ActionRequests.Close.class);
        Form shown = bound.ok() ? null : new Form(CLOSE, fields, bound.errors(), null);
        if (!casePage.fill(id, user, shown, model)) {
            return "redirect:/concerns/" + id;
        }
        IncidentViews.CaseView c = (IncidentViews.CaseView) model.getAttribute("c");
        if (shown != null) {
            response.setStatus(VersionedAction.status(shown));
            return "incidents/page";
        }
        if (!Boolean.TRUE.equals(model.getAttribute("open"))) {
            return "redirect:/cases/" + id; // closed meanwhile: the page says so
        }
        model.addAttribute("pageTitle", "Check before closing case " + (c.reference() == null ? "" : c.reference()));
        model.addAttribute("outcome", bound.value().outcome());
        model.addAttribute("rationale", bound.value().rationale());
        model.addAttribute("version", version == null ? "" : version);
        model.addAttribute("awaitedWarnings", c.warnings().stream().filter(w -> w.response() == null).toList());
        Map<String, String> agencies = new LinkedHashMap<>();
        c.referrals().forEach(r -> agencies.put(r.id(), IncidentNextSteps.agencyWords(r.agency())));
        model.addAttribute("agencies", agencies);
        model.addAttribute("awaitedReferrals", c.referrals().stream().filter(r -> r.acknowledgedAt() == null)
                .toList());
        IncidentNextSteps.Next next = (IncidentNextSteps.Next) model.getAttribute("next");
        List<IncidentNextSteps.DeadlineLine> settled = next == null ? List.of()
                : next.deadlines().stream().filter(d -> !d.missedEarlier()).toList();
        model.addAttribute("settled", settled);
        return "incidents/close-confirm";
    }
}
