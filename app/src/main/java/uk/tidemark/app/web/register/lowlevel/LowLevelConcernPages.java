package uk.tidemark.app.web.register.lowlevel;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.page.*;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsTransitionTable;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcernsRecord;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;

import java.util.List;
import java.util.Map;

/**
 * The register's pages: {@code /low-level-concerns} (a member of staff a row, with their concerns) and
 * {@code /low-level-concerns/{id}} (one member of staff's, with the review form when one is due), over
 * {@link LowLevelConcernController}.
 */
@WebPage
class LowLevelConcernPages implements CasePage {

    static final String REVIEW = "review";

    static final CaseActions ACTIONS = CaseActions.of(LowLevelConcernController.class, "/api/low-level-concerns/{id}",
            "/low-level-concerns/{id}", LowLevelConcernsTransitionTable.rows().stream()
                    .<Class<?>>map(LowLevelConcernsTransitionTable.Row::command).toList());

    private final LowLevelConcernController api;
    private final AccessScope scope;
    private final QueryGateway queries;

    LowLevelConcernPages(LowLevelConcernController api, AccessScope scope, QueryGateway queries) {
        this.api = api;
        this.scope = scope;
        this.queries = queries;
    }

    @GetMapping("/low-level-concerns")
    @CaseDataRead // read through the API controller, which records the read
    String register(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("records", api.list(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        model.addAttribute("words", new LowLevelConcernWords());
        return "low-level-concerns/register";
    }

    @GetMapping("/low-level-concerns/{id}")
    @CaseDataRead
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @Override
    public List<?> apis() {
        return List.of(api);
    }

    @Override
    public CaseActions actions() {
        return ACTIONS;
    }

    @Override
    public String again(String id, TidemarkUser user, Model model, Form failed) {
        return page(id, user, model, failed);
    }

    @Override
    public long readVersion(String id) {
        return queries.query(new FindLowLevelConcernsRecord(LowLevelConcernsId.of(id)),
                        ResponseTypes.optionalInstanceOf(LowLevelConcernsView.class)).join()
                .map(LowLevelConcernsView::version).orElse(-1L);
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        LowLevelConcernsView r = api.get(id, user).getBody();
        model.addAttribute("r", r);
        model.addAttribute("words", new LowLevelConcernWords());
        model.addAttribute("settingName", SettingNames.nameOf(scope, user, r.settingId()));
        model.addAttribute("reviewDue", r.state() == LowLevelConcernsState.REVIEW_DUE);
        ActionAnswer.actionForms(model, ACTIONS.names(), ACTIONS.labels(), failed);
        model.addAttribute("outcomes", List.of(
                new Choice(ReviewOutcome.NO_FURTHER_ACTION.name(), "No further action"),
                new Choice(ReviewOutcome.CONVERSATION_WITH_STAFF.name(), "A conversation with the member of staff"),
                new Choice(ReviewOutcome.HARM_THRESHOLD_REFERRAL.name(),
                        "Refer to the harm threshold route (the LADO)"),
                new Choice(ReviewOutcome.HR_PROCESS.name(), "HR or disciplinary process")));
        return "low-level-concerns/record";
    }
}
