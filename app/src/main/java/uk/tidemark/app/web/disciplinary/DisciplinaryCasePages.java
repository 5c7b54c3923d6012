package uk.tidemark.app.web.disciplinary;

import uk.tidemark.app.audit.CaseDataRead;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.CaseActionForms;
import uk.tidemark.app.web.page.CaseConfirmation;
import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.CasePage;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryCase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page of one disciplinary case ({@code /hr/cases/{id}}): the record so far and a form for each action its stage
 * allows. Every read and action goes through {@link DisciplinaryCaseController}, so the page answers exactly as the
 * API: 404 for a case the user may not see (another setting, or a case about themselves), 409 with the case's
 * sentence for an action its stage refuses. Each form carries the case version it was shown at (If-Match); the
 * forms are served by {@link CaseActionForms} from the {@link PageForm} actions of the API controller.
 */
@WebPage
class DisciplinaryCasePages implements CasePage {

    static final String VIEW = "hr/case";

    private final DisciplinaryCaseController api;
    private final AccessScope scope;
    private final QueryGateway queries;
    /** Only for the date field's hint: the case itself checks the notice (and words its refusal). */
    private final int noticeDays;

    DisciplinaryCasePages(DisciplinaryCaseController api, AccessScope scope, QueryGateway queries,
                          @Value("${tidemark.disciplinary.hearing-notice-days:5}") int noticeDays) {
        this.api = api;
        this.noticeDays = noticeDays;
        this.scope = scope;
        this.queries = queries;
    }

    @GetMapping("/hr/cases/{id}")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    /** A letter generated from the case, as a PDF (decision 0049): read through the API, which audits the read. */
    @GetMapping("/hr/cases/{id}/letters/{hrLetter}")
    @CaseDataRead
    org.springframework.http.ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String hrLetter,
                                                           @AuthenticationPrincipal TidemarkUser user) {
        return api.letter(id, hrLetter, user);
    }

    @Override
    public List<?> apis() {
        return List.of(api);
    }

    @Override
    public CaseActions actions() {
        return DisciplinaryActions.ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    /** An unticked box is not sent: it is the API's {@code false}, which the case refuses with its sentence. */
    @Override
    public PageForms.Bound<?> bind(PageForms forms, String form, Map<String, String> fields, Class<?> type) {
        if (form.equals(DisciplinaryActions.INVITATION)) {
            Map<String, String> withBox = new LinkedHashMap<>(fields);
            withBox.putIfAbsent("rightToBeAccompaniedStated", "false");
            return forms.bind(withBox, type);
        }
        return forms.bind(fields, type);
    }

    /**
     * Closing is asked about first (decision 0047): with the rationale given and not yet confirmed, a page that says
     * what closing does and asks. A form without a rationale goes on, to be refused beside its field.
     */
    @Override
    public String confirmation(String action, String id, Map<String, String> fields, String version,
                               TidemarkUser user, Model model) {
        if (!action.equals(DisciplinaryActions.CLOSE) || CaseConfirmation.confirmed(fields)) {
            return null;
        }
        String rationale = fields.get("rationale");
        if (rationale == null || rationale.isBlank()) {
            return null;
        }
        DisciplinaryCaseDetail c = api.get(id, user).getBody(); // authorised and audited as the page's own read
        String name = c.reference() != null ? c.reference() : "this case";
        model.addAttribute("confirm", new CaseConfirmation(c.reference() != null ? c.reference() + ", " + c.employeeName()
                : c.employeeName(), "Are you sure you want to close " + name + "?",
                List.of("Nothing more can be recorded on the case once it is closed.",
                        "A hearing still to come is cancelled; an appeal window and a written warning still end on "
                                + "their own dates."),
                Map.of(DisciplinaryActions.LABELS.get(DisciplinaryActions.CLOSE).get("rationale"), rationale),
                "/hr/cases/" + id + "/close", CaseConfirmation.resend(fields, version), "Yes, close the case",
                "/hr/cases/" + id));
        return CaseConfirmation.VIEW;
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        DisciplinaryCaseDetail c = api.get(id, user).getBody();
        model.addAttribute("c", c);
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, c.settingId()));
        model.addAttribute("available", DisciplinaryActions.available(c));
        ActionAnswer.actionForms(model, DisciplinaryActions.ALL, DisciplinaryActions.LABELS, failed);
        model.addAttribute("noticeDays", noticeDays);
        model.addAttribute("outcomeWords", DisciplinaryActions.OUTCOME_WORDS);
        model.addAttribute("outcomes", DisciplinaryActions.outcomes());
        model.addAttribute("appealDecisions", DisciplinaryActions.appealDecisions());
        model.addAttribute("referralDecisions", DisciplinaryActions.referralDecisions());
        model.addAttribute("letters", DisciplinaryLetters.ready(c).stream()
                .map(kind -> new uk.tidemark.app.web.page.Choice(kind.slug(), kind.title())).toList());
        return VIEW;
    }

    /** The read model's version of the case, -1 while it does not have it: only to wait for it, never shown. */
    @Override
    public long readVersion(String id) {
        return queries.query(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).join()
                .map(DisciplinaryCaseDetail::version).orElse(-1L);
    }
}
