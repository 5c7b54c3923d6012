package uk.tidemark.app.web.register.policy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.web.page.*;
import uk.tidemark.app.web.register.policy.PolicyRequests.Publish;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.InDateWindow;

import java.time.LocalDate;
import java.util.*;

import static uk.tidemark.app.web.validation.Limits.*;

/**
 * The policies' pages over {@link PolicyController}: the list ({@code /policies}: what you must read, and every
 * policy of your settings), the publish form, a policy's page (its text, the acknowledgement, and for the
 * headteacher who has not acknowledged it) and a new version's form.
 */
@WebPage
class PolicyPages {

    static final String PUBLISH_FORM = "publish";
    static final String VERSION_FORM = "version";
    static final String ACKNOWLEDGE_FORM = "acknowledge";
    static final Map<String, String> LABELS = Map.of("settingIds", "Setting", "title", "Title", "text",
            "Text of the policy", "effectiveFrom", "Date it takes effect", "roles", "Who must read it",
            "version", "Version");

    /** The publish form as the page sends it; the roles come from their own boxes. */
    record PublishForm(@Chars(max = NAME) String settingId, @NotBlank(message = REQUIRED) @Chars(max = NAME) String title,
                       @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String text,
                       @NotNull(message = REQUIRED) @InDateWindow LocalDate effectiveFrom) {
    }

    private final PolicyController api;
    private final PolicyGate gate;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;

    PolicyPages(PolicyController api, PolicyGate gate, PageActions actions, PageForms forms, AccessScope scope) {
        this.api = api;
        this.gate = gate;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
    }

    @GetMapping("/policies")
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        List<PolicyJson.Summary> all = api.list(user);
        model.addAttribute("toRead", all.stream().filter(PolicyJson.Summary::toRead).toList());
        model.addAttribute("policies", all);
        model.addAttribute("publisher", gate.mayPublishAnywhere(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        model.addAttribute("staff", PolicyGate.isStaff(user));
        return "policies/list";
    }

    @GetMapping("/policies/new")
    String publishForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        requirePublisher(user);
        return publishPage(user, model, Form.blank(PUBLISH_FORM, Map.of("role-STAFF", "true")));
    }

    @PostMapping("/policies/new")
    String publish(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        requirePublisher(user);
        List<Role> roles = rolesTicked(form);
        PageForms.Bound<PublishForm> bound = forms.bind(fieldsOnly(form), PublishForm.class);
        List<FieldProblem> errors = new ArrayList<>(bound.errors());
        if (roles.isEmpty()) {
            errors.add(new FieldProblem("roles", "is required: tick at least one role."));
        }
        PageActions.Outcome<List<String>> outcome = !errors.isEmpty()
                ? new PageActions.Outcome<>(null, new Form(PUBLISH_FORM, form, errors, null))
                : actions.run(PUBLISH_FORM, form, () -> {
                    PublishForm f = bound.value();
                    Publish body = new Publish(f.settingId() == null ? null : List.of(f.settingId()), f.title(),
                            f.text(), f.effectiveFrom(), roles);
                    return api.publish(body, new BeanPropertyBindingResult(body, "body"), user).getBody().ids();
                });
        if (outcome.done()) {
            flash.addFlashAttribute("success", "The policy is published. The staff it names are asked to read it.");
            return "redirect:/policies/" + outcome.result().get(0);
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return publishPage(user, model, outcome.form());
    }

    @GetMapping("/policies/{policyId}")
    @CaseDataRead // read through the API controller, which records the read
    String policy(@PathVariable String policyId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return policyPage(policyId, user, model, null);
    }

    @PostMapping("/policies/{policyId}/acknowledgement")
    @CaseDataRead
    String acknowledge(@PathVariable String policyId, @RequestParam Map<String, String> form,
                       @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                       HttpServletResponse response) {
        PageActions.Outcome<Boolean> outcome = actions.submit(forms, ACKNOWLEDGE_FORM, form,
                PolicyRequests.Acknowledge.class, body -> {
                    api.acknowledge(policyId, body, user);
                    return true;
                });
        return answer(outcome, policyId, "Thank you. Your acknowledgement is recorded.", user, model, flash, response);
    }

    @PostMapping("/policies/{policyId}/asks")
    @CaseDataRead
    String askAgain(@PathVariable String policyId, @AuthenticationPrincipal TidemarkUser user, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        PageActions.Outcome<Boolean> outcome = actions.run("ask", Map.of(), () -> {
            api.askAgain(policyId, null, user);
            return true;
        });
        return answer(outcome, policyId, "The staff who joined since are asked to read it.", user, model, flash,
                response);
    }

    @GetMapping("/policies/{policyId}/version")
    String versionForm(@PathVariable String policyId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        var p = gate.requirePublisher(user, policyId);
        Map<String, String> values = new HashMap<>(Map.of("title", p.title(), "text", p.text()));
        values.putAll(DateFields.boxes("effectiveFrom", LocalDate.now(java.time.ZoneId.of("Europe/London"))));
        return versionPage(policyId, p.title(), model, Form.blank(VERSION_FORM, values));
    }

    @PostMapping("/policies/{policyId}/version")
    String newVersion(@PathVariable String policyId, @RequestParam Map<String, String> form,
                      @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                      HttpServletResponse response) {
        var p = gate.requirePublisher(user, policyId);
        PageActions.Outcome<Boolean> outcome = actions.submit(forms, VERSION_FORM, form,
                PolicyRequests.NewVersion.class, body -> {
                    api.newVersion(policyId, body, null, user);
                    return true;
                });
        if (outcome.done()) {
            flash.addFlashAttribute("success", "The new version is published. Everyone it names is asked again.");
            return "redirect:/policies/" + policyId;
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return versionPage(policyId, p.title(), model, outcome.form());
    }

    private String answer(PageActions.Outcome<Boolean> outcome, String policyId, String success, TidemarkUser user,
                          Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (outcome.done()) {
            flash.addFlashAttribute("success", success);
            return "redirect:/policies/" + policyId;
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return policyPage(policyId, user, model, outcome.form());
    }

    private String policyPage(String policyId, TidemarkUser user, Model model, Form failed) {
        PolicyJson.Detail d = api.get(policyId, user).getBody();
        model.addAttribute("p", d);
        model.addAttribute("s", d.summary());
        model.addAttribute("paragraphs", Arrays.asList(d.text().split("\\R", -1)));
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, d.summary().settingId()));
        model.addAttribute("publisher", gate.mayPublish(user, d.summary().settingId()));
        model.addAttribute("failed", failed);
        model.addAttribute("labels", LABELS);
        model.addAttribute("roleWords", d.roles().stream().map(r -> Role.valueOf(r).label()).toList());
        return "policies/policy";
    }

    private String publishPage(TidemarkUser user, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("settings", scope.settingsOf(user).stream().filter(s -> gate.mayPublish(user, s.id()))
                .map(s -> new Choice(s.id(), s.name(), null)).toList());
        model.addAttribute("roles", PolicyGate.STAFF_ROLES.stream()
                .map(r -> new Choice("role-" + r.name(), r.label(), null)).toList());
        return "policies/new";
    }

    private String versionPage(String policyId, String title, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("policyId", policyId);
        model.addAttribute("policyTitle", title);
        return "policies/version";
    }

    private void requirePublisher(TidemarkUser user) {
        if (!gate.mayPublishAnywhere(user)) {
            throw new ForbiddenException("Only a headteacher or an administrator publishes policies.");
        }
    }

    private static List<Role> rolesTicked(Map<String, String> form) {
        return PolicyGate.STAFF_ROLES.stream().filter(r -> "true".equals(form.get("role-" + r.name()))).toList();
    }

    private static Map<String, String> fieldsOnly(Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.keySet().removeIf(k -> k.startsWith("role-"));
        return fields;
    }
}
