package uk.tidemark.app.web.incident;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.incident.ActionRequests.ContentActionTaken;
import uk.tidemark.app.web.incident.ActionRequests.CategoryChange;
import uk.tidemark.app.web.incident.ActionRequests.NewEvidence;
import uk.tidemark.app.web.incident.ActionRequests.ReportAmendment;
import uk.tidemark.app.web.page.CaseActionForms;
import uk.tidemark.app.web.bundle.CaseBundleController;
import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.CasePage;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.VersionedAction;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.IncidentTransitionTable;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident page's forms, served by {@link CaseActionForms} from the {@link PageForm} actions of
 * {@link IncidentActionController} and {@link IncidentEscalationController}: each one is bound into the API's own
 * request record and sent through the API with the version the page was rendered with as its If-Match, so a page
 * loaded before someone else's change gets the API's 409 ("This case has changed since you loaded it"). Done: back
 * to the case page with a banner. Refused: the case page again, that form open with its problems (400) or the
 * refusal (409) in the error summary.
 */
@Component
class IncidentCasePage implements CasePage {

    /**
     * The hidden field carrying the case version the page showed: the same field as {@link VersionedAction}'s. The
     * incident forms send it to the API as it came, and the API reads it as it reads any If-Match: quoted or bare,
     * and none (a hand-made post) meaning "whatever the version", where VersionedAction refuses a form without one;
     * an unreadable one is the API's 400 on the field "If-Match" ("The page's version" in the error summary, see
     * {@link IncidentForms}).
     */
    static final String VERSION = VersionedAction.FIELD;
    /** The page's name for a content action's {@code action} (see {@link #contentAction}). */
    static final String CONTENT_ACTION = "contentAction";
    /** The name of the category form's checkbox for one other kind of concern, before the category's constant. */
    static final String ALSO = "also-";

    private final IncidentActionController api;
    private final IncidentEscalationController escalations;
    private final IncidentCorrectionController corrections;
    private final RetentionController retention;
    private final CaseBundleController bundles;
    private final CaseActions actions;
    private final IncidentPageModel casePage;
    private final PageForms forms;
    private final QueryGateway queries;

    IncidentCasePage(IncidentActionController api, IncidentEscalationController escalations,
                     IncidentCorrectionController corrections, RetentionController retention,
                     CaseBundleController bundles, IncidentPageModel casePage, PageForms forms,
                     QueryGateway queries) {
        this.api = api;
        this.escalations = escalations;
        this.corrections = corrections;
        this.retention = retention;
        this.bundles = bundles;
        this.actions = ACTIONS;
        this.casePage = casePage;
        this.forms = forms;
        this.queries = queries;
    }

    /** The incident's actions, in the order of its transition table. */
    static final CaseActions ACTIONS = CaseActions.of(
            List.of(IncidentActionController.class, IncidentEscalationController.class,
                    IncidentCorrectionController.class, RetentionController.class, CaseBundleController.class),
            "/api/incidents/{id}",
            "/cases/{id}", IncidentTransitionTable.rows().stream().<Class<?>>map(IncidentTransitionTable.Row::command)
                    .toList());

    @Override
    public List<?> apis() {
        return List.of(api, escalations, corrections, retention, bundles);
    }

    @Override
    public CaseActions actions() {
        return actions;
    }

    @Override
    public boolean versionRequired() {
        return false;
    }

    /** The whole case page with the refused form open; the reporter's own page if that is all the user may see. */
    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return casePage.fill(id, user, failed, model) ? "incidents/page" : "redirect:/concerns/" + id;
    }

    /**
     * Evidence's and an amendment's UK date and time are read into their instant first, a content action's renamed
     * field back, and the category form's checkboxes into a list.
     */
    @Override
    public PageForms.Bound<?> bind(PageForms forms, String form, Map<String, String> fields, Class<?> type) {
        if (type == ContentActionTaken.class) {
            List<FieldProblem> problems = new ArrayList<>();
            return new PageForms.Bound<>(contentAction(fields, problems), problems);
        }
        if (type == CategoryChange.class) {
            return categoryChange(forms, fields);
        }
        if (type == NewEvidence.class || type == ReportAmendment.class) {
            List<FieldProblem> errors = new ArrayList<>();
            String instant = type == NewEvidence.class ? "capturedAt" : "occurredAt";
            PageForms.Bound<?> bound = forms.bind(DateTimeFields.combine(fields, instant, errors), type);
            errors.addAll(bound.errors());
            return new PageForms.Bound<>(bound.value(), errors);
        }
        return forms.bind(fields, type);
    }

    /** A checkbox per other kind of concern ({@value #ALSO}CATEGORY), read back into the API's list. */
    private static PageForms.Bound<?> categoryChange(PageForms forms, Map<String, String> fields) {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(ALSO)) {
                others.add(name.substring(ALSO.length()));
            } else if (value != null && !value.isBlank() && !name.equals("_csrf") && !name.equals("action")) {
                tree.put(name, value.strip());
            }
        });
        tree.put("secondaryCategories", others);
        return forms.bindTree(tree, CategoryChange.class);
    }

    /** The read model's version of the case, -1 while it does not have it: only to wait for it, for no one (not a
     *  read of case data to audit). */
    @Override
    public long readVersion(String id) {
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
                errors.add(new FieldProblem(CONTENT_ACTION, "is not one this field takes: choose from the options shown."));
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
