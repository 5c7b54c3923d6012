package uk.tidemark.app.web.sar;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.*;
import uk.tidemark.app.web.person.People;
import uk.tidemark.app.web.sar.SubjectAccessRequests.Receive;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessId;
import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.kernel.sar.SubjectAccessTransitionTable;
import uk.tidemark.kernel.sar.query.FindSubjectAccessRequest;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subject access pages (decision 0053), a designated safeguarding lead's: the requests with their due days
 * ({@code /subject-access-requests}), a new one for a person found by name ({@code /subject-access-requests/new}),
 * and one request's review page with every record found, each entry as recorded and as it would be released, a
 * "Redact" control per entry, and the steps its state offers (the forms are served from the API's {@link PageForm}s).
 */
@WebPage
class SubjectAccessPages implements CasePage {

    static final String REVIEW = "review";
    static final String REDACT = "redact";
    static final String EXTEND = "extend";
    static final String RELEASE = "release";
    static final String REFUSE = "refuse";
    static final String NEW_FORM = "receive";
    static final Map<String, String> NEW_LABELS = Map.of("personId", "Whose records", "receivedOn",
            "When the request was received", "requester", "Who asked", "settingId", "Setting");

    static final CaseActions ACTIONS = CaseActions.of(SubjectAccessController.class, "/api/subject-access-requests/{id}",
            "/subject-access-requests/{id}", SubjectAccessTransitionTable.rows().stream()
                    .<Class<?>>map(SubjectAccessTransitionTable.Row::command).toList());

    private final SubjectAccessController api;
    private final SubjectAccessGate gate;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final People people;
    private final PageActions actions;
    private final PageForms forms;
    private final OnceOnlyForms once;

    SubjectAccessPages(SubjectAccessController api, SubjectAccessGate gate, AccessScope scope, QueryGateway queries,
                       People people, PageActions actions, PageForms forms, OnceOnlyForms once) {
        this.api = api;
        this.gate = gate;
        this.scope = scope;
        this.queries = queries;
        this.people = people;
        this.actions = actions;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/subject-access-requests")
    @CaseDataRead // read through the API controller, which records the read
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("requests", api.list(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        model.addAttribute("words", new SubjectAccessWords());
        return "subject-access/list";
    }

    @GetMapping("/subject-access-requests/new")
    String receiveForm(@RequestParam(required = false) String q, @AuthenticationPrincipal TidemarkUser user,
                       Model model) {
        gate.requireDsl(user);
        return receivePage(user, q, model, Form.blank(NEW_FORM, OnceOnlyForms.withNewKey(Map.of())));
    }

    @PostMapping("/subject-access-requests/new")
    String receive(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        gate.requireDsl(user);
        Map<String, String> fields = new HashMap<>(form);
        String searched = fields.remove("q"); // the search the choices came from, not a field of the request
        PageActions.Outcome<String> outcome = once.createOnce(user, NEW_FORM, fields, () -> actions.submit(forms,
                NEW_FORM, fields, Receive.class,
                body -> api.receive(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id()));
        return ActionAnswer.afterCreation(outcome, this::readVersion, "/subject-access-requests/",
                "The request is received; its response is due on the day shown.", flash, response,
                failed -> receivePage(user, searched, model, failed));
    }

    @GetMapping("/subject-access-requests/{id}")
    @CaseDataRead
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @Override
    public List<?> apis() {
        return List.of(api);
    }

    @Override
    public CaseActions actions() {
        return ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    @Override
    public long readVersion(String id) {
        return queries.query(new FindSubjectAccessRequest(SubjectAccessId.of(id)),
                        ResponseTypes.optionalInstanceOf(SubjectAccessView.class)).join()
                .map(SubjectAccessView::version).orElse(-1L);
    }

    private String receivePage(TidemarkUser user, String q, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("heading", "New subject access request");
        model.addAttribute("labels", NEW_LABELS);
        model.addAttribute("searched", q == null ? "" : q);
        model.addAttribute("matches", q == null || q.isBlank() ? List.of() : people.named(user, q, 20).stream()
                .map(p -> new Choice(p.personId(), p.name(), p.cases() == 1 ? "Named on 1 case"
                        : "Named on " + p.cases() + " cases")).toList());
        model.addAttribute("settings", scope.settingsOf(user).stream().map(s -> new Choice(s.id(), s.name()))
                .toList());
        return "subject-access/new";
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        SubjectAccessView r = api.get(id, user).getBody();
        boolean inReview = r.state() == SubjectAccessState.IN_REVIEW;
        model.addAttribute("r", r);
        model.addAttribute("words", new SubjectAccessWords());
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, r.settingId()));
        model.addAttribute("review", inReview || r.state().answered() ? api.records(id, user) : null);
        model.addAttribute("offered", ACTIONS.offered(c -> SubjectAccessTransitionTable.allows(c, r.state())));
        ActionAnswer.actionForms(model, ACTIONS.names(), ACTIONS.labels(), failed);
        model.addAttribute("grounds", Arrays.stream(Exemption.values())
                .map(e -> new Choice(e.name(), e.words())).toList());
        return "subject-access/request";
    }
}
