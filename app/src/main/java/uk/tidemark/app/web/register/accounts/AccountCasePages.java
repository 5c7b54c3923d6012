package uk.tidemark.app.web.register.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.CasePage;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.register.accounts.AccountViews.Detail;
import uk.tidemark.app.web.register.accounts.AccountViews.Holder;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The page of one official account ({@code /registers/official-accounts/{id}}), with a form for each step its
 * state allows: every read and action through {@link OfficialAccountController} (404 for an account the user may not
 * see, 409 with its sentence for a step refused). The forms are served by {@code CaseActionForms}.
 */
@WebPage
class AccountCasePages implements CasePage {

    private final OfficialAccountController api;
    private final AccountIncidentController incidentApi;
    private final AccountAccess access;
    private final AccessScope scope;

    AccountCasePages(OfficialAccountController api, AccountIncidentController incidentApi, AccountAccess access,
                     AccessScope scope) {
        this.api = api;
        this.incidentApi = incidentApi;
        this.access = access;
        this.scope = scope;
    }

    @GetMapping("/registers/official-accounts/{id}")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String show(@PathVariable("id") String accountId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(accountId, user, model, null);
    }

    @Override
    public List<?> apis() {
        return List.of(api, incidentApi);
    }

    @Override
    public CaseActions actions() {
        return AccountActions.ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    @Override
    public long readVersion(String id) {
        return access.find(id).map(OfficialAccountView::version).orElse(-1L);
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        Detail a = api.get(id, user).getBody(); // authorised and audited as the page's own read
        OfficialAccountView view = access.find(id).orElseThrow();
        boolean caseWorker = access.mayWorkOn(user, view);
        model.addAttribute("a", a);
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, a.settingId()));
        model.addAttribute("available", AccountActions.available(view, user, caseWorker));
        model.addAttribute("peopleOpen", AccountActions.peopleOpen(view));
        model.addAttribute("roles", AccountActions.roles());
        ActionAnswer.actionForms(model, AccountActions.ALL, AccountActions.LABELS, failed);
        // each person's own forms, named by their id so that every form on the page has an id of its own
        Map<String, Form> personForms = new LinkedHashMap<>();
        Stream.concat(a.moderators().stream(), a.administrators().stream()).map(Holder::personId).forEach(p -> {
            for (String kind : List.of("dbs-check-", "removal-")) {
                String name = kind + p;
                personForms.put(name, failed != null && failed.name().equals(name) ? failed : Form.blank(name));
            }
        });
        if (a.lead() != null) {
            String name = "removal-" + a.lead().personId();
            personForms.put(name, failed != null && failed.name().equals(name) ? failed : Form.blank(name));
        }
        model.addAttribute("leadPersonId", a.lead() == null ? null : a.lead().personId());
        model.addAttribute("personForms", personForms);
        if (failed != null && failed.name().contains("-") && personForms.containsKey(failed.name())) {
            String kind = failed.name().startsWith("dbs-check-") ? "dbs-check-{personId}" : "removal-{personId}";
            model.addAttribute("labels", AccountActions.LABELS.get(kind));
        }
        return "registers/accounts/account";
    }
}
