package uk.tidemark.app.web.incident;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.incident.RetentionRequests.LegalHoldLift;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case page's form that lifts a legal hold. The API lifts it with {@code DELETE /api/incidents/{id}/legal-hold},
 * which a form cannot send and whose page path would be the placing form's, so this page handler does for it what
 * {@link uk.tidemark.app.web.page.CaseActionForms} does for the others: binds the form into the API's request,
 * calls the API method with the version the page showed, and shows the case page again with the problems or the
 * refusal (400, 409), or goes back to it with a banner.
 */
@WebPage
class RetentionPages {

    static final String LIFT = "liftHold";

    private final RetentionController api;
    private final IncidentCasePage page;
    private final PageForms forms;
    private final PageActions actions;
    private final EventStore events;

    RetentionPages(RetentionController api, IncidentCasePage page, PageForms forms, PageActions actions,
                   EventStore events) {
        this.api = api;
        this.page = page;
        this.forms = forms;
        this.actions = actions;
        this.events = events;
    }

    @PostMapping("/cases/{id}/legal-hold/lift")
    String lift(@PathVariable String id, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        String version = fields.remove(VersionedAction.FIELD);
        Long shown = ReadCatchUp.parseVersion(version);
        PageForms.Bound<LegalHoldLift> bound = forms.bind(fields, LegalHoldLift.class);
        PageActions.Outcome<Object> outcome = !bound.ok()
                ? new PageActions.Outcome<>(null, new Form(LIFT, fields, bound.errors(), null))
                : actions.run(LIFT, fields, () -> {
                    api.liftHold(id, bound.value(), version, user);
                    return null;
                });
        if (outcome.done()) {
            long stored = events.lastSequenceNumberFor(id).orElse(-1L);
            ReadCatchUp.awaitAbove(() -> page.readVersion(id), Math.max(stored - 1, shown == null ? -1 : shown));
            redirect.addFlashAttribute("success", "The legal hold is lifted.");
            return "redirect:/cases/" + id;
        }
        String view = page.again(id, user, model, outcome.form());
        if (!view.startsWith("redirect:")) {
            response.setStatus(VersionedAction.status(outcome.form()));
        }
        return view;
    }
}
