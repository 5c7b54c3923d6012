package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.category.BuiltInCategories;
import uk.tidemark.app.category.TrustCategoryStore;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.incident.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the case page shows, read through {@link IncidentController} (its authorisation, conflict-of-interest
 * check and read audit): the case, its chronology, and the forms of the actions the case's state allows. Used
 * to show the page, and to show it again with a refused action's form.
 */
@Component
class IncidentPageModel {

    private final IncidentController incidents;
    private final AccessScope scope;
    private final AccountStore accounts;
    /** The words of the action forms' fields. */
    private final Map<String, String> labels;
    private final EvidenceUploads uploads;
    private final TrustCategoryChoice trustCategories;
    private final IncidentNextSteps nextSteps;
    private final RetentionPanel retention;

    IncidentPageModel(IncidentController incidents, AccessScope scope, AccountStore accounts,
                      EvidenceUploads uploads, TrustCategoryChoice trustCategories, IncidentNextSteps nextSteps,
                      RetentionPanel retention) {
        this.retention = retention;
        this.trustCategories = trustCategories;
        this.nextSteps = nextSteps;
        this.incidents = incidents;
        this.uploads = uploads;
        this.labels = IncidentForms.labelsOf(IncidentCasePage.ACTIONS);
        this.scope = scope;
        this.accounts = accounts;
    }

    /**
     * Fills the model for {@code cases/page}; false when the user sees the case only as its reporter (then the
     * reporter's page is theirs).
     */
    boolean fill(String id, TidemarkUser user, Form failed, Model model) {
        Object body = incidents.get(id, null, user).getBody();
        if (!(body instanceof IncidentViews.CaseView c)) {
            return false;
        }
        List<IncidentViews.ChronologyView> chronology = incidents.chronology(id, user);
        Map<String, String> names = c.people().stream().filter(p -> p.personId() != null)
                .collect(Collectors.toMap(IncidentViews.PersonView::personId, IncidentViews.PersonView::name, (a, b) -> a));
        List<Choice> people = c.people().stream()
                .map(p -> new Choice(p.personId(), p.name() + " (" + Choice.words(p.role()) + ")")).toList();
        List<Choice> staffSubjects = c.people().stream()
                .filter(p -> p.involvement() == Involvement.SUBJECT && p.role() == PersonRole.STAFF)
                .map(p -> new Choice(p.personId(), p.name())).toList();
        boolean workforceSubject = c.people().stream()
                .anyMatch(p -> p.involvement() == Involvement.SUBJECT && p.role() != null && p.role().isWorkforce());
        boolean open = c.status() == IncidentStatus.OPEN;
        model.addAttribute("pageTitle", (failed != null ? "Error: " : "") + "Case "
                + (c.reference() != null ? c.reference() + ": " : ": ") + Choice.words(c.category()));
        model.addAttribute("c", c);
        model.addAttribute("open", open);
        model.addAttribute("chronology", chronology);
        // a case received from another installation (decision 0057) says so at the top, in its import line's words
        model.addAttribute("received", chronology.stream().filter(e -> !e.received()
                && "INCIDENT_IMPORTED".equals(e.type())).findFirst().orElse(null));
        model.addAttribute("names", names);
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, c.settingId()));
        model.addAttribute("forms", new IncidentForms(failed, labels, Map.of("category", categoryNow(c))));
        model.addAttribute("failed", failed);
        model.addAttribute("peopleChoices", people);
        model.addAttribute("staffSubjects", staffSubjects);
        model.addAttribute("workforceSubject", workforceSubject);
        model.addAttribute("options", options());
        model.addAttribute("trustCategoryOptions", trustCategoryOptions(c));
        model.addAttribute("owners", owners(c));
        model.addAttribute("maxFileSize", uploads.maxFileSize());
        model.addAttribute("next", nextSteps.of(c));
        model.addAttribute(PastCasePage.FORM, Form.blank(PastCasePage.FORM)); // "See the case as it stood" (0056)
        retention.fill(c, user, model); // decision 0052
        return true;
    }

    /**
     * The trust's own categories the case may be given (decision 0041), each with the built-in one it is under: those
     * not retired, and the case's own even if it was retired since (keeping it is not a change).
     */
    private List<Choice> trustCategoryOptions(IncidentViews.CaseView c) {
        List<TrustCategoryStore.Row> active = trustCategories.active(scope.trustOf(c.settingId()));
        List<Choice> choices = new java.util.ArrayList<>(active.stream().map(IncidentPageModel::choice).toList());
        if (c.trustCategory() != null && active.stream().noneMatch(r -> r.id().equals(c.trustCategory().id()))) {
            choices.add(0, new Choice(c.trustCategory().id(), c.trustCategory().name() + " ("
                    + BuiltInCategories.words(c.category()).toLowerCase(java.util.Locale.UK) + ", retired)"));
        }
        return choices;
    }

    /** The category form starts from what the case is now: changing only the trust's category is one choice. */
    private static Map<String, String> categoryNow(IncidentViews.CaseView c) {
        Map<String, String> now = new java.util.HashMap<>();
        if (c.category() != null) {
            now.put("category", c.category().name());
        }
        if (c.trustCategory() != null) {
            now.put("trustCategoryId", c.trustCategory().id());
        }
        return now;
    }

    private static Choice choice(TrustCategoryStore.Row r) {
        return new Choice(r.id(), r.name() + " (" + BuiltInCategories.words(r.under()).toLowerCase(java.util.Locale.UK)
                + ")");
    }

    /**
     * Who the case may be given to: the setting's safeguarding leads and headteacher, less anyone linked to a
     * subject of the case (the API refuses them; offering them would only lead to the refusal).
     */
    private List<Choice> owners(IncidentViews.CaseView c) {
        java.util.Set<String> subjects = c.people().stream()
                .filter(p -> p.involvement() == Involvement.SUBJECT && p.username() != null)
                .map(IncidentViews.PersonView::username).collect(Collectors.toSet());
        List<String> usernames = accounts.contactsFor(c.settingId(),
                        java.util.Set.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER))
                .stream().map(Contact::username).filter(u -> !subjects.contains(u)).toList();
        Map<String, String> named = new java.util.LinkedHashMap<>();
        usernames.forEach(u -> named.put(u, accounts.find(u).map(TidemarkUser::displayName).orElse(u)));
        // by name (issue 16); the username only tells apart two people of the same name
        return usernames.stream().map(u -> new Choice(u, java.util.Collections.frequency(named.values(), named.get(u)) > 1
                ? named.get(u) + " (" + u + ")" : named.get(u))).toList();
    }

    /** The choices of the action forms, each worded from the API's enum. */
    static Map<String, List<Choice>> options() {
        return Map.ofEntries(
                Map.entry("severity", Choice.of(Severity.class)),
                Map.entry("allegationRoute", Choice.of(AllegationRoute.class, Map.of(AllegationRoute.NONE,
                        "Not an allegation against staff", AllegationRoute.HARM_THRESHOLD,
                        "Meets the harm threshold (refer to the LADO within one working day)"))),
                Map.entry("contentAction", Choice.of(ContentAction.class)),
                Map.entry("warningKind", Choice.of(WarningKind.class, Map.of(WarningKind.REMOVAL_REQUEST,
                        "Written request to remove content"))),
                Map.entry("warningChannel", Choice.of(WarningChannel.class)),
                Map.entry("reply", Choice.of(ActionRequests.Reply.class)),
                Map.entry("policeReason", Choice.of(PoliceReason.class)),
                Map.entry("agency", Choice.of(Agency.class, Map.of(Agency.LADO, "LADO", Agency.CEOP, "CEOP",
                        Agency.POSH, "Professionals Online Safety Helpline", Agency.DBS, "DBS",
                        Agency.TRA, "Teaching Regulation Agency", Agency.CHILDRENS_SOCIAL_CARE,
                        "Children's social care"))),
                Map.entry("outcome", Choice.of(Outcome.class)),
                Map.entry("complaintChannel", Choice.of(ComplaintChannel.class)),
                Map.entry("yesNo", List.of(new Choice("true", "Yes"), new Choice("false", "No"))),
                // the corrections' choices, worded as on the report form
                Map.entry("role", Choice.of(PersonRole.class, ConcernForm.ROLES)),
                Map.entry("involvement", ConcernForm.involvements()),
                Map.entry("category", ConcernForm.categories()),
                Map.entry("platform", Choice.of(Platform.class, ConcernForm.PLATFORMS)));
    }
}
