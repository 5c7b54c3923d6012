package uk.tidemark.app.web.complaint;

import uk.tidemark.app.audit.CaseDataRead;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.complaint.ComplaintRequests.*;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.CaseActionForms;
import uk.tidemark.app.web.page.CaseConfirmation;
import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.CasePage;
import uk.tidemark.app.web.page.DateFields;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.page.PageForms;
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

/**
 * The page of one complaint ({@code /complaints/{id}}) with a form for each step its state allows, every read and
 * action through {@link ComplaintController} (404 for a complaint the user may not see, 409 with its sentence for a
 * step the state refuses). Each form carries the complaint version it was shown at (If-Match); the forms are served
 * by {@link CaseActionForms} from the {@link PageForm} actions of the API controller.
 */
@WebPage
class ComplaintCasePages implements CasePage {

    private final ComplaintController api;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final Validator validator;

    ComplaintCasePages(ComplaintController api, AccessScope scope, QueryGateway queries, Validator validator) {
        this.api = api;
        this.scope = scope;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping("/complaints/{id}")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    /** A letter generated from the complaint, as a PDF (decision 0049): read through the API, which audits the read. */
    @GetMapping("/complaints/{id}/letters/{complaintLetter}")
    @CaseDataRead
    org.springframework.http.ResponseEntity<byte[]> letter(@PathVariable String id,
                                                           @PathVariable String complaintLetter,
                                                           @AuthenticationPrincipal TidemarkUser user) {
        return api.letter(id, complaintLetter, user);
    }

    @Override
    public List<?> apis() {
        return List.of(api);
    }

    @Override
    public CaseActions actions() {
        return ComplaintActions.ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    /** The panel's members are typed one per line: a list the form binder does not read, so it is read here. */
    @Override
    public PageForms.Bound<?> bind(PageForms forms, String form, Map<String, String> fields, Class<?> type) {
        if (form.equals(ComplaintActions.PANEL_HEARING)) {
            List<FieldProblem> errors = new ArrayList<>();
            // the date's day, month and year boxes into its ISO value, as every page form's (DateFields)
            PanelHearing body = panelHearing(DateFields.combineText(fields, errors), errors);
            return new PageForms.Bound<>(body, errors);
        }
        return forms.bind(fields, type);
    }

    /** Closing is asked about first (decision 0047), as on an HR case's page. */
    @Override
    public String confirmation(String action, String id, Map<String, String> fields, String version,
                               TidemarkUser user, Model model) {
        if (!action.equals(ComplaintActions.CLOSE) || CaseConfirmation.confirmed(fields)) {
            return null;
        }
        String rationale = fields.get("rationale");
        if (rationale == null || rationale.isBlank()) {
            return null;
        }
        ComplaintDetail c = api.get(id, user).getBody(); // authorised and audited as the page's own read
        String name = c.reference() != null ? c.reference() : "this complaint";
        model.addAttribute("confirm", new CaseConfirmation(c.reference() != null ? c.reference() + ", " + c.complainant()
                : c.complainant(), "Are you sure you want to close " + name + "?",
                List.of("Nothing more can be recorded on the complaint once it is closed.",
                        "Its timescales still pending are cancelled."),
                Map.of(ComplaintActions.LABELS.get(ComplaintActions.CLOSE).get("rationale"), rationale),
                "/complaints/" + id + "/close", CaseConfirmation.resend(fields, version), "Yes, close the complaint",
                "/complaints/" + id));
        return CaseConfirmation.VIEW;
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        ComplaintDetail c = api.get(id, user).getBody();
        model.addAttribute("letters", ComplaintLetters.ready(c).stream()
                .map(kind -> new uk.tidemark.app.web.page.Choice(kind.slug(), kind.title())).toList());
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
        LocalDate heldOn = errors.stream().anyMatch(e -> e.field().equals("heldOn")) ? null
                : DateRules.date("heldOn", fields.getOrDefault("heldOn", ""), DateRules.Tense.ANY, errors);
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
    @Override
    public long readVersion(String id) {
        return queries.query(new FindComplaint(ComplaintId.of(id)),
                        ResponseTypes.optionalInstanceOf(ComplaintDetail.class)).join()
                .map(ComplaintDetail::version).orElse(-1L);
    }
}
