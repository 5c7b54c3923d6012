package uk.tidemark.app.web.register.consent;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.person.Rosters;
import uk.tidemark.app.web.register.consent.ImageConsentRequests.*;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.ImageConsentTransitionTable;
import uk.tidemark.kernel.consent.command.ChangeImageConsent;
import uk.tidemark.kernel.consent.command.EndImageConsent;
import uk.tidemark.kernel.consent.command.ReviewImageConsent;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.PersonRole;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The image consent register's pages for its keepers (the DSLs and the headteacher of the setting): the register
 * ({@code /registers/image-consent}), the form that puts a pupil on it, and an entry's page with its forms; over
 * {@link ImageConsentController}, which authorises and audits every read and change.
 */
@WebPage
class ImageConsentPages {

    static final String ROOT = "/registers/image-consent";
    static final Map<String, String> LABELS = Map.of("personId", "Pupil",
            "allowed", "What may be posted", "source", "Where this came from", "givenOn", "Date given",
            "note", "Note", "reviewedOn", "Date of the review", "reason", "Why the entry ends", "q", "Pupil's name",
            "confirmed", "The family confirmed it");

    private final ImageConsentController api;
    private final ImageConsentGate gate;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final Rosters rosters;
    private final DisplayNames names;

    ImageConsentPages(ImageConsentController api, ImageConsentGate gate, PageActions actions, PageForms forms,
                      AccessScope scope, Rosters rosters, DisplayNames names) {
        this.api = api;
        this.gate = gate;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.rosters = rosters;
        this.names = names;
    }

    @GetMapping(ROOT)
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String register(@RequestParam(name = "ended", required = false) String ended,
                    @AuthenticationPrincipal TidemarkUser user, Model model) {
        boolean all = "true".equals(ended);
        Map<String, String> settingNames = SettingNames.of(scope, user);
        model.addAttribute("rows", api.list(all, user).stream()
                .map(v -> ImageConsentWords.row(v, settingNames, names, today())).toList());
        model.addAttribute("all", all);
        model.addAttribute("manySettings", settingNames.size() > 1);
        return "registers/image-consent/register";
    }

    /** The form: find the pupil by name on the setting's roster ({@code q}), then say what is allowed. */
    @GetMapping(ROOT + "/new")
    String recordForm(@RequestParam(name = "q", required = false) String q,
                      @AuthenticationPrincipal TidemarkUser user, Model model) {
        gate.requireKeeper(user);
        return recordPage(user, model, Form.blank("record", q == null ? Map.of() : Map.of("q", q)));
    }

    @PostMapping(ROOT + "/new")
    String record(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                  RedirectAttributes flash) {
        gate.requireKeeper(user);
        Map<String, String> submitted = new HashMap<>(form);
        submitted.remove("q"); // the search that found the pupil, not part of the entry
        // the pupil chosen says which setting's register: their roster's
        rosters.onRosterOf(user, form.get("personId")).ifPresent(m -> submitted.put("settingId", m.settingId()));
        PageActions.Outcome<String> outcome = actions.submit(forms, "record", submitted, Entry.class,
                body -> api.record(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id());
        if (outcome.done()) {
            flash.addFlashAttribute("success", "The pupil is on the register. Their review falls due in a year.");
            return "redirect:" + ROOT + "/" + outcome.result();
        }
        Form failed = outcome.form();
        Map<String, String> shown = new HashMap<>(failed.values());
        if (form.get("q") != null) {
            shown.put("q", form.get("q")); // the pupils found stay on the page
        }
        return recordPage(user, model, new Form(failed.name(), shown, failed.errors(), failed.refusal()));
    }

    @GetMapping(ROOT + "/{consentId}")
    @CaseDataRead
    String entry(@PathVariable String consentId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return entryPage(consentId, user, model, null);
    }

    @PostMapping(ROOT + "/{consentId}/change")
    String change(@PathVariable String consentId, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash) {
        return act(consentId, "change", form, Change.class, body -> api.change(consentId, body, null, user),
                "The change is recorded.", user, model, flash);
    }

    /** The page asks the keeper to confirm what the review found: that what is allowed stands. */
    @PostMapping(ROOT + "/{consentId}/review")
    String review(@PathVariable String consentId, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash) {
        if (!"true".equals(form.get("confirmed"))) {
            gate.require(user, consentId);
            return entryPage(consentId, user, model, new Form("review", form, List.of(new FieldProblem("confirmed",
                    "must be ticked: say that the family confirmed what is allowed.")), null));
        }
        Map<String, String> review = new HashMap<>(form);
        review.remove("confirmed"); // the page's own question, not the API's
        return act(consentId, "review", review, Review.class, body -> api.review(consentId, body, null, user),
                "The review is recorded. The next one falls due in a year.", user, model, flash);
    }

    @PostMapping(ROOT + "/{consentId}/end")
    String end(@PathVariable String consentId, @RequestParam Map<String, String> form,
               @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash) {
        return act(consentId, "end", form, End.class, body -> api.end(consentId, body, null, user),
                "The entry has ended. It is kept for the record.", user, model, flash);
    }

    private <R> String act(String consentId, String name, Map<String, String> form, Class<R> type,
                           Consumer<R> action, String done, TidemarkUser user, Model model,
                           RedirectAttributes flash) {
        gate.require(user, consentId);
        PageActions.Outcome<Object> outcome = actions.submit(forms, name, form, type, body -> {
            action.accept(body);
            return Boolean.TRUE;
        });
        if (outcome.done()) {
            flash.addFlashAttribute("success", done);
            return "redirect:" + ROOT + "/" + consentId;
        }
        return entryPage(consentId, user, model, outcome.form());
    }

    private String entryPage(String consentId, TidemarkUser user, Model model, Form failed) {
        ImageConsentView entry = api.get(consentId, user).getBody();
        ImageConsentState state = entry.state();
        model.addAttribute("e", ImageConsentWords.row(entry, SettingNames.of(scope, user), names, today()));
        for (String form : List.of("change", "review", "end")) {
            model.addAttribute(form, failed != null && failed.name().equals(form) ? failed : Form.blank(form));
        }
        model.addAttribute("mayChange", ImageConsentTransitionTable.allows(ChangeImageConsent.class, state));
        model.addAttribute("mayReview", ImageConsentTransitionTable.allows(ReviewImageConsent.class, state));
        model.addAttribute("mayEnd", ImageConsentTransitionTable.allows(EndImageConsent.class, state));
        model.addAttribute("allowances", ImageConsentWords.allowances());
        model.addAttribute("sources", ImageConsentWords.sources());
        model.addAttribute("labels", LABELS);
        return "registers/image-consent/entry";
    }

    private String recordPage(TidemarkUser user, Model model, Form form) {
        String q = form.value("q");
        List<Choice> pupils = q == null || q.strip().length() < 2 ? List.of()
                : rosters.named(user, null, q, 20).stream()
                .filter(m -> m.role() == PersonRole.PUPIL && !m.left()
                        && gate.keptSettings(user).contains(m.settingId()))
                .map(m -> new Choice(m.personId(), m.name(), hintOf(m.group(), m.settingId(), user))).toList();
        model.addAttribute("form", form);
        model.addAttribute("pupils", pupils);
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("allowances", ImageConsentWords.allowances());
        model.addAttribute("sources", ImageConsentWords.sources());
        model.addAttribute("labels", LABELS);
        return "registers/image-consent/new";
    }

    private String hintOf(String group, String settingId, TidemarkUser user) {
        String setting = SettingNames.nameOf(scope, user, settingId);
        return group == null || group.isBlank() ? setting : group + ", " + setting;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
