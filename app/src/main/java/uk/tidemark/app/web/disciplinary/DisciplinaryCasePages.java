package uk.tidemark.app.web.disciplinary;

import uk.tidemark.app.audit.CaseDataRead;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.disciplinary.DisciplinaryRequests.*;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryCase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The page of one disciplinary case ({@code /hr/cases/{id}}): the record so far and a form for each action its stage
 * allows. Every read and action goes through {@link DisciplinaryCaseController}, so the page answers exactly as the
 * API: 404 for a case the user may not see (another setting, or a case about themselves), 409 with the case's
 * sentence for an action its stage refuses. Each form carries the case version it was shown at (If-Match).
 */
@WebPage
class DisciplinaryCasePages {

    static final String VIEW = "hr/case";

    private final DisciplinaryCaseController api;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final QueryGateway queries;
    /** Only for the date field's hint: the case itself checks the notice (and words its refusal). */
    private final int noticeDays;

    DisciplinaryCasePages(DisciplinaryCaseController api, PageActions actions, PageForms forms, AccessScope scope,
                          QueryGateway queries,
                          @Value("${tidemark.disciplinary.hearing-notice-days:5}") int noticeDays) {
        this.api = api;
        this.noticeDays = noticeDays;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.queries = queries;
    }

    @GetMapping("/hr/cases/{id}")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @PostMapping("/hr/cases/{id}/investigator")
    String investigator(@PathVariable String id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        return act(id, DisciplinaryActions.INVESTIGATOR, form, Investigator.class,
                (body, ifMatch) -> api.investigator(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/findings")
    String findings(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        return act(id, DisciplinaryActions.FINDINGS, form, Findings.class,
                (body, ifMatch) -> api.findings(id, body, ifMatch, user), user, model, flash, response);
    }

    /** An unticked box is not sent: it is the API's {@code false}, which the case refuses with its sentence. */
    @PostMapping("/hr/cases/{id}/hearing-invitation")
    String invite(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        Map<String, String> withBox = new LinkedHashMap<>(form);
        withBox.putIfAbsent("rightToBeAccompaniedStated", "false");
        return act(id, DisciplinaryActions.INVITATION, withBox, HearingInvitation.class,
                (body, ifMatch) -> api.invite(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/hearing")
    String hearing(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        return act(id, DisciplinaryActions.HEARING, form, Hearing.class,
                (body, ifMatch) -> api.hearing(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/outcome")
    String outcome(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        return act(id, DisciplinaryActions.OUTCOME, form, Outcome.class,
                (body, ifMatch) -> api.outcome(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/appeal")
    String appeal(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        return act(id, DisciplinaryActions.APPEAL, form, Appeal.class,
                (body, ifMatch) -> api.appeal(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/appeal-decision")
    String appealDecision(@PathVariable String id, @RequestParam Map<String, String> form,
                          @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                          HttpServletResponse response) {
        return act(id, DisciplinaryActions.APPEAL_DECISION, form, AppealOutcome.class,
                (body, ifMatch) -> api.appealDecision(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/resignation")
    String resignation(@PathVariable String id, @RequestParam Map<String, String> form,
                       @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                       HttpServletResponse response) {
        return act(id, DisciplinaryActions.RESIGNATION, form, Resignation.class,
                (body, ifMatch) -> api.resignation(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/barring-referral-decision")
    String barring(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        return act(id, DisciplinaryActions.BARRING, form, BarringDecision.class,
                (body, ifMatch) -> api.barringDecision(id, body, ifMatch, user), user, model, flash, response);
    }

    @PostMapping("/hr/cases/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        return act(id, DisciplinaryActions.CLOSE, form, Close.class,
                (body, ifMatch) -> api.close(id, body, ifMatch, user), user, model, flash, response);
    }

    /** Runs one action; done: back to the case with a banner; refused: the case again, with the form's problems. */
    private <R> String act(String id, String action, Map<String, String> form, Class<R> type,
                           BiConsumer<R, String> call, TidemarkUser user, Model model, RedirectAttributes flash,
                           HttpServletResponse response) {
        VersionedAction.Submitted submitted = VersionedAction.split(form);
        PageActions.Outcome<Object> outcome = VersionedAction.submit(actions, forms, action, submitted, type, call);
        return ActionAnswer.afterAction(outcome, submitted.version(), () -> readVersion(id), "/hr/cases/" + id,
                DisciplinaryActions.done(action), flash, response, failed -> page(id, user, model, failed));
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
        return VIEW;
    }

    /** The read model's version of the case, -1 while it does not have it: only to wait for it, never shown. */
    long readVersion(String id) {
        return queries.query(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).join()
                .map(DisciplinaryCaseDetail::version).orElse(-1L);
    }
}
