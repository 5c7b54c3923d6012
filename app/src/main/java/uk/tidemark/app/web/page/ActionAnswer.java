package uk.tidemark.app.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How a page answers a form that creates a case, sent through the API (POST/redirect/GET); an action on an existing
 * case is {@link CaseActionForms}' work. Done: it waits ({@link ReadCatchUp}, bounded) until the read model has the
 * new case, so the page after the redirect shows it, puts the success banner in the flash and redirects to the
 * case's page. Refused: the page again with the form's problems, with {@link VersionedAction#status}: 400 for
 * problems with the fields, 409 for a refusal.
 */
public final class ActionAnswer {

    private ActionAnswer() {
    }

    /**
     * For a form that creates a case, whose outcome is the new case's id.
     *
     * @param readVersion the read model's version of a case by id, -1 while it does not have it
     * @param casePages   the path the id is appended to ({@code /hr/cases/})
     */
    public static String afterCreation(PageActions.Outcome<String> outcome, ToLongFunction<String> readVersion,
                                       String casePages, String success, RedirectAttributes flash,
                                       HttpServletResponse response, Function<Form, String> again) {
        if (outcome.done()) {
            String id = outcome.result();
            ReadCatchUp.awaitAbove(() -> readVersion.applyAsLong(id), -1);
            flash.addFlashAttribute("success", success);
            return "redirect:" + casePages + id;
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return again.apply(outcome.form());
    }

    /**
     * What a case page with a form per action gives its template: {@code forms} (each action's Form by name, the
     * refused one as it was sent), {@code failed} (the refused one, or null), {@code labels} (its fields' words, for
     * the error summary) and {@code allLabels} (every action's, for the labels beside the fields).
     */
    public static void actionForms(Model model, List<String> actions, Map<String, Map<String, String>> labels,
                                   Form failed) {
        model.addAttribute("forms", Form.each(actions, failed));
        model.addAttribute("failed", failed);
        model.addAttribute("labels", failed == null ? Map.of() : labels.get(failed.name()));
        model.addAttribute("allLabels", labels);
    }
}
