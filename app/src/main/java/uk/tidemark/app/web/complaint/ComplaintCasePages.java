package uk.tidemark.app.web.complaint;

import uk.tidemark.app.audit.CaseDataRead;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.complaint.ComplaintRequests.*;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.validation.DateRules;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;
import uk.tidemark.kernel.complaint.query.FindComplaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The page of one complaint ({@code /complaints/{id}}) with a form for each step its state allows, every read and
 * action through {@link ComplaintController} (404 for a complaint the user may not see, 409 with its sentence for a
 * step the state refuses). Each form carries the complaint version it was shown at (If-Match).
 */
@WebPage
class ComplaintCasePages {

    private final ComplaintController api;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final Validator validator;

    ComplaintCasePages(ComplaintController api, PageActions actions, PageForms forms, AccessScope scope,
                       QueryGateway queries, Validator validator) {
        this.api = api;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping("/complaints/{id}")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @PostMapping("/complaints/{id}/acknowledgement")
    String acknowledge(@PathVariable String id, @RequestParam Map<String, String> form,
                       @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                       HttpServletResponse response) {
        VersionedAction.Submitted submitted = VersionedAction.split(form);
        return finish(id, ComplaintActions.ACKNOWLEDGE, submitted, VersionedAction.run(actions,
                ComplaintActions.ACKNOWLEDGE, submitted, ifMatch -> api.acknowledge(id, null, ifMatch, user)),
                user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/informal-resolution")
    String informal(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        return act(id, ComplaintActions.INFORMAL, form, InformalResolution.class,
                (body, ifMatch) -> api.resolveInformally(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/formal-stage")
    String formal(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        return act(id, ComplaintActions.FORMAL, form, FormalStage.class,
                (body, ifMatch) -> api.formalStage(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/formal-response")
    String response(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        return act(id, ComplaintActions.RESPONSE, form, FormalResponse.class,
                (body, ifMatch) -> api.formalResponse(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/panel-request")
    String panelRequest(@PathVariable String id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        return act(id, ComplaintActions.PANEL_REQUEST, form, PanelRequest.class,
                (body, ifMatch) -> api.requestPanel(id, body, ifMatch, user), user, model, flash, response);
    }

    /** The panel's members are typed one per line: a list the form binder does not read, so it is read here. */
    @PostMapping("/complaints/{id}/panel-hearing")
    String panelHearing(@PathVariable String id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        VersionedAction.Submitted submitted = VersionedAction.split(form);
        String name = ComplaintActions.PANEL_HEARING;
        List<FieldProblem> errors = new ArrayList<>();
        PanelHearing body = panelHearing(submitted.fields(), errors);
        PageActions.Outcome<Object> outcome = !errors.isEmpty()
                ? new PageActions.Outcome<>(null, new Form(name, submitted.fields(), errors, null))
                : VersionedAction.run(actions, name, submitted, ifMatch -> api.panelHearing(id, body, ifMatch, user));
        return finish(id, name, submitted, outcome, user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/panel-decision")
    String panelDecision(@PathVariable String id, @RequestParam Map<String, String> form,
                         @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                         HttpServletResponse response) {
        return act(id, ComplaintActions.PANEL_DECISION, form, Decision.class,
                (body, ifMatch) -> api.panelDecision(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        return act(id, ComplaintActions.CLOSE, form, Close.class,
                (body, ifMatch) -> api.close(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/complaints/{id}/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        return act(id, ComplaintActions.WITHDRAW, form, Withdrawal.class,
                (body, ifMatch) -> api.withdraw(id, body, ifMatch, user), user, model, flash, response);
    }

    private <R> String act(String id, String action, Map<String, String> form, Class<R> type,
                           BiConsumer<R, String> call, TidemarkUser user, Model model, RedirectAttributes flash,
                           HttpServletResponse response) {
        VersionedAction.Submitted submitted = VersionedAction.split(form);
        return finish(id, action, submitted, VersionedAction.submit(actions, forms, action, submitted, type, call),
                user, model, flash, response);
    }

    /** Done: back to the complaint with a banner; refused: the complaint again, with the form's problems. */
    private String finish(String id, String action, VersionedAction.Submitted submitted,
                          PageActions.Outcome<Object> outcome, TidemarkUser user, Model model,
                          RedirectAttributes flash, HttpServletResponse response) {
        return ActionAnswer.afterAction(outcome, submitted.version(), () -> readVersion(id), "/complaints/" + id,
                ComplaintActions.done(action), flash, response, failed -> page(id, user, model, failed));
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        ComplaintDetail c = api.get(id, user).getBody();
        model.addAttribute("c", c);
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, c.settingId()));
        model.addAttribute("available", ComplaintActions.available(c));
        ActionAnswer.actionForms(model, ComplaintActions.ALL, ComplaintActions.LABELS, failed);
        model.addAttribute("panelDecisions", ComplaintActions.panelDecisions());
        return "complaints/complaint";
    }

    /** The hearing's date and members, checked with the API's own rules; the problems go into {@code errors}. */
    private PanelHearing panelHearing(Map<String, String> fields, List<FieldProblem> errors) {
        // read by the one date rule; "not in the future" is the record's own (decision 0027)
        LocalDate heldOn = DateRules.date("heldOn", fields.getOrDefault("heldOn", ""), DateRules.Tense.ANY, errors);
        List<String> members = Arrays.stream(fields.getOrDefault("panelMembers", "").split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        PanelHearing body = new PanelHearing(heldOn, members);
        for (ConstraintViolation<PanelHearing> v : validator.validate(body)) {
            String path = v.getPropertyPath().toString();
            String field = path.startsWith("panelMembers") ? "panelMembers" : path;
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldProblem(field, v.getMessage()));
            }
        }
        return body;
    }

    /** The read model's version of the complaint, -1 while it does not have it: only to wait for it. */
    long readVersion(String id) {
        return queries.query(new FindComplaint(ComplaintId.of(id)),
                        ResponseTypes.optionalInstanceOf(ComplaintDetail.class)).join()
                .map(ComplaintDetail::version).orElse(-1L);
    }
}
