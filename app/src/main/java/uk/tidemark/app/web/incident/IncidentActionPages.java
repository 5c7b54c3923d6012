package uk.tidemark.app.web.incident;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.app.web.incident.ActionRequests.*;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The case page's forms: each one is bound into the API's own request record and sent through
 * {@link IncidentActionController} with the version the page was rendered with as its If-Match, so a page loaded
 * before someone else's change gets the API's 409 ("This case has changed since you loaded it"). Done: back to the
 * case page with a banner. Refused: the case page again, that form open with its problems (400) or the refusal
 * (409) in the error summary.
 */
@WebPage
@RequestMapping("/cases/{id}")
class IncidentActionPages {

    /**
     * The hidden field carrying the case version the page showed: the same field as {@link VersionedAction}'s. The
     * incident forms do not go through VersionedAction because they send the field to the API as it came, and the
     * API reads it as it reads any If-Match: quoted or bare, and none (a hand-made post) meaning "whatever the
     * version", where VersionedAction refuses a form without one; an unreadable one is the API's 400 on the field
     * "If-Match" ("The page's version" in the error summary, see {@link IncidentForms#LABELS}). Their forms are also
     * bound here first (evidence's UK date and time, the content action's renamed field), and a refused one is
     * shown again on the whole case page ({@link IncidentPageModel}).
     */
    static final String VERSION = VersionedAction.FIELD;
    /** The page's name for a content action's {@code action} (see {@link #contentAction}). */
    static final String CONTENT_ACTION = "contentAction";

    private final IncidentActionController api;
    private final IncidentPageModel casePage;
    private final PageForms forms;
    private final PageActions actions;
    private final QueryGateway queries;

    IncidentActionPages(IncidentActionController api, IncidentPageModel casePage, PageForms forms, PageActions actions,
                    QueryGateway queries) {
        this.api = api;
        this.casePage = casePage;
        this.forms = forms;
        this.actions = actions;
        this.queries = queries;
    }

    /** One submitted action: the case, the form as sent, and where the answer goes. */
    record Submission(String id, Map<String, String> form, TidemarkUser user, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
    }

    @PostMapping("/triage")
    String triage(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "triage", Triage.class, (b, v) -> api.triage(id, b, v, user), "The case is triaged.");
    }

    @PostMapping("/assign")
    String assign(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "assign", Assign.class, (b, v) -> api.assign(id, b, v, user), "The case has a new owner.");
    }

    @PostMapping("/content-actions")
    String contentAction(@PathVariable String id, @RequestParam Map<String, String> form,
                         @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "contentAction", ContentActionTaken.class, (b, v) -> api.contentAction(id, b, v, user),
                "The content action is recorded.");
    }

    @PostMapping("/notes")
    String note(@PathVariable String id, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "note", NewNote.class, (b, v) -> api.note(id, b, v, user), "The note is added.");
    }

    @PostMapping("/evidence")
    String evidence(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "evidence", NewEvidence.class, (b, v) -> api.evidence(id, b, v, user),
                "The evidence is recorded.");
    }

    @PostMapping("/warnings")
    String warn(@PathVariable String id, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "warning", NewWarning.class, (b, v) -> api.warn(id, b, v, user), "The warning is recorded.");
    }

    @PostMapping("/warnings/{warningId}/response")
    String warningResponse(@PathVariable String id, @PathVariable String warningId,
                           @RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "response-" + warningId, WarningReply.class,
                (b, v) -> api.warningResponse(id, warningId, b, v, user), "The response to the warning is recorded.");
    }

    @PostMapping("/police-escalation")
    String escalate(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "police", PoliceEscalation.class, (b, v) -> api.escalate(id, b, v, user),
                "The case is escalated to the police.");
    }

    @PostMapping("/police-updates")
    String policeUpdate(@PathVariable String id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "policeUpdate", PoliceUpdate.class, (b, v) -> api.policeUpdate(id, b, v, user),
                "The police update is recorded.");
    }

    @PostMapping("/referrals")
    String refer(@PathVariable String id, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "referral", Referral.class, (b, v) -> api.refer(id, b, v, user), "The referral is recorded.");
    }

    @PostMapping("/referrals/{referralId}/acknowledgement")
    String acknowledge(@PathVariable String id, @PathVariable String referralId,
                       @RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "ack-" + referralId, ReferralAcknowledgement.class,
                (b, v) -> api.acknowledgeReferral(id, referralId, b, v, user), "The acknowledgement is recorded.");
    }

    @PostMapping("/disciplinary-referral")
    String disciplinary(@PathVariable String id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "disciplinary", DisciplinaryReferral.class,
                (b, v) -> api.referToDisciplinary(id, b, v, user), "HR has the referral: a disciplinary case is open.");
    }

    @PostMapping("/complaint-referral")
    String complaint(@PathVariable String id, @RequestParam Map<String, String> form,
                     @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "complaint", ComplaintReferral.class, (b, v) -> api.redirectToComplaint(id, b, v, user),
                "The matter is redirected to the complaints procedure.");
    }

    @PostMapping("/people/{personId}/user")
    String linkPerson(@PathVariable String id, @PathVariable String personId,
                      @RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "link-" + personId, PersonUser.class, (b, v) -> api.linkPerson(id, personId, b, v, user),
                "The person is linked to their Tidemark account.");
    }

    @PostMapping("/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "close", Close.class, (b, v) -> api.close(id, b, v, user), "The case is closed.");
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable String id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Submission s = new Submission(id, form, user, model, response, redirect);
        return act(s, "reopen", Reopen.class, (b, v) -> api.reopen(id, b, v, user), "The case is reopened.");
    }

    /**
     * Binds the form (the version and, for evidence, the UK date and time taken out first), sends the action with
     * the version as If-Match, and answers with the case page: redirected with a banner, or again with the form.
     */
    private <R> String act(Submission s, String formName, Class<R> type, BiConsumer<R, String> action,
                           String success) {
        Map<String, String> fields = new LinkedHashMap<>(s.form());
        String version = fields.remove(VERSION);
        List<FieldProblem> errors = new ArrayList<>();
        if (type == NewEvidence.class) {
            fields = DateTimeFields.combine(fields, "capturedAt", errors);
        }
        PageForms.Bound<R> bound;
        if (type == ContentActionTaken.class) {
            List<FieldProblem> problems = new ArrayList<>();
            bound = new PageForms.Bound<>(type.cast(contentAction(fields, problems)), problems);
        } else {
            bound = forms.bind(fields, type);
        }
        errors.addAll(bound.errors());
        Form refused;
        if (bound.value() == null || !errors.isEmpty()) {
            refused = new Form(formName, s.form(), errors, null);
        } else {
            PageActions.Outcome<Object> outcome = actions.run(formName, s.form(), () -> {
                action.accept(bound.value(), version);
                return null;
            });
            if (outcome.done()) {
                awaitReadModel(s.id(), version);
                s.redirect().addFlashAttribute("success", success);
                return "redirect:/cases/" + s.id();
            }
            refused = outcome.form();
        }
        if (!casePage.fill(s.id(), s.user(), refused, s.model())) {
            return "redirect:/concerns/" + s.id();
        }
        s.response().setStatus(refused.refusal() != null ? 409 : 400);
        return "incidents/page";
    }

    /**
     * Waits ({@link ReadCatchUp}, bounded) until the read model shows the change, so that the page after the redirect
     * carries the new version: otherwise the next action, sent with the version before this one, would be refused as
     * stale. The version is read the way the API read it (If-Match); an unreadable one was refused there already.
     */
    private void awaitReadModel(String id, String sentVersion) {
        Long sent;
        try {
            sent = IfMatch.parse(sentVersion);
        } catch (RuntimeException unreadable) {
            return;
        }
        if (sent != null) {
            ReadCatchUp.awaitAbove(() -> readVersion(id), sent);
        }
    }

    /** The read model's version of the case, -1 while it does not have it: only to wait for it, for no one (not a
     *  read of case data to audit). */
    private long readVersion(String id) {
        IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(id)),
                ResponseTypes.instanceOf(IncidentDetail.class)).join();
        return detail == null ? -1 : detail.version();
    }

    /**
     * A content action's form: its {@code action} field is named {@code contentAction} on the page, because
     * {@link PageForms} keeps {@code action} for the button pressed. Read back into the API's record here, and its
     * problems reported under the page's name for it.
     */
    private ContentActionTaken contentAction(Map<String, String> fields, List<FieldProblem> errors) {
        Map<String, String> rest = new LinkedHashMap<>(fields);
        String chosen = rest.remove(CONTENT_ACTION);
        PageForms.Bound<ContentActionTaken> bound = forms.bind(rest, ContentActionTaken.class);
        ContentAction action = null;
        if (chosen != null && !chosen.isBlank()) {
            try {
                action = ContentAction.valueOf(chosen.strip());
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldProblem(CONTENT_ACTION, "is not a value this field takes."));
            }
        }
        for (FieldProblem problem : bound.errors()) {
            if (!problem.field().equals("action")) {
                errors.add(problem);
            } else if (action == null && (chosen == null || chosen.isBlank())) {
                errors.add(new FieldProblem(CONTENT_ACTION, problem.detail()));
            }
        }
        if (bound.value() == null || action == null) {
            return null;
        }
        return new ContentActionTaken(action, bound.value().reference(), bound.value().note());
    }
}
