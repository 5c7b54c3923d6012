package uk.tidemark.app.web.register.declaration;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.*;
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.declaration.query.FindDeclaration;

import java.util.List;

/**
 * The page of one declaration ({@code /declarations/{id}}) with the forms its state allows to the user, every read
 * and action through {@link DeclarationController}; the forms are served by {@link CaseActionForms}.
 */
@WebPage
class DeclarationCasePages implements CasePage {

    private final DeclarationController api;
    private final DeclarationGate gate;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final AccountStore accounts;

    DeclarationCasePages(DeclarationController api, DeclarationGate gate, AccessScope scope, QueryGateway queries,
                         AccountStore accounts) {
        this.api = api;
        this.gate = gate;
        this.scope = scope;
        this.queries = queries;
        this.accounts = accounts;
    }

    @GetMapping("/declarations/{id}")
    @CaseDataRead // read through the API controller, which records the read
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @Override
    public List<?> apis() {
        return List.of(api);
    }

    @Override
    public CaseActions actions() {
        return DeclarationActions.ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    @Override
    public long readVersion(String id) {
        return queries.query(new FindDeclaration(DeclarationId.of(id)),
                        ResponseTypes.optionalInstanceOf(DeclarationView.class)).join()
                .map(DeclarationView::version).orElse(-1L);
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        DeclarationView d = api.get(id, user).getBody();
        boolean declarer = user.getUsername().equals(d.declaredBy());
        model.addAttribute("d", d);
        model.addAttribute("words", new DeclarationPageWords());
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, d.settingId()));
        model.addAttribute("notedByName", nameOf(d.notedBy()));
        model.addAttribute("decidedByName", nameOf(d.decidedBy()));
        model.addAttribute("ownerName", nameOf(d.decisionOwner()));
        model.addAttribute("declarer", declarer);
        model.addAttribute("available", DeclarationActions.available(d, gate.keeps(user, d.settingId()),
                scope.mayManagePolicies(user, d.settingId()), declarer));
        ActionAnswer.actionForms(model, DeclarationActions.ALL, DeclarationActions.LABELS, failed);
        model.addAttribute("decisions", List.of(new Choice("true", "Approve"), new Choice("false", "Refuse")));
        return "declarations/declaration";
    }

    private String nameOf(String username) {
        return username == null ? null : accounts.find(username).map(TidemarkUser::displayName).orElse("a former user");
    }
}
