package uk.tidemark.app.web.register.policy;

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
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.*;

import java.util.*;

/** The training records page ({@code /policies/training}) and its form, over {@link TrainingController}. */
@WebPage
class TrainingPages {

    static final String FORM = "training";
    static final Map<String, String> LABELS = Map.of("settingId", "Setting", "person", "Member of staff",
            "course", "Course", "completedOn", "Date completed", "expiresOn", "Expiry date");

    private final TrainingController api;
    private final PolicyGate gate;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;

    TrainingPages(TrainingController api, PolicyGate gate, PageActions actions, PageForms forms, AccessScope scope) {
        this.api = api;
        this.gate = gate;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
    }

    @GetMapping("/policies/training")
    @CaseDataRead // read through the API controller, which records the read
    String training(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, model, Form.blank(FORM));
    }

    @PostMapping("/policies/training")
    @CaseDataRead
    String record(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        PageActions.Outcome<String> outcome = actions.submit(forms, FORM, form, PolicyRequests.Training.class,
                body -> api.record(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id());
        if (outcome.done()) {
            flash.addFlashAttribute("success", "The training is recorded.");
            return "redirect:/policies/training";
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return page(user, model, outcome.form());
    }

    private String page(TidemarkUser user, Model model, Form form) {
        List<PolicyJson.Training> records = api.training(user);
        boolean keeper = TrainingController.keepsTraining(user);
        List<Setting> settings = scope.settingsOf(user);
        List<Choice> people = new ArrayList<>();
        if (keeper) {
            Set<String> seen = new HashSet<>();
            for (Setting s : settings) {
                for (String u : gate.peopleWith(s.id(), PolicyGate.STAFF_ROLES)) {
                    if (seen.add(u)) {
                        people.add(new Choice(u, gate.nameOf(u), null));
                    }
                }
            }
            people.sort(Comparator.comparing(Choice::label));
        }
        model.addAttribute("records", records);
        model.addAttribute("keeper", keeper);
        model.addAttribute("people", people);
        model.addAttribute("settings", settings.stream().map(s -> new Choice(s.id(), s.name(), null)).toList());
        model.addAttribute("settingNames", SettingNames.of(settings));
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        return "policies/training";
    }
}
