package uk.tidemark.app.web.register.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.command.RecordIncidentOnAccount;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import static uk.tidemark.app.web.validation.Limits.NAME;
import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * Naming the incident cases that happened on an official account: by a case worker of both (the incident's own
 * rules decide who may act on it). The account's page then lists them to those who may work on each.
 */
@RestController
@RequestMapping(OfficialAccountController.ROOT)
class AccountIncidentController {

    private final AccountAccess access;
    private final AccountIncidents incidents;
    private final CaseCommands commands;

    AccountIncidentController(AccountAccess access, AccountIncidents incidents, CaseCommands commands) {
        this.access = access;
        this.incidents = incidents;
        this.commands = commands;
    }

    @Schema(name = "OfficialAccountIncident")
    record IncidentOnAccount(@Schema(description = "The incident case's reference (or id).")
                             @NotBlank(message = REQUIRED) @Chars(max = NAME) String incident) {
    }

    @PostMapping(path = "/{id}/incidents", consumes = OfficialAccountController.JSON)
    @Operation(summary = "Name an incident case of the account's setting, one you work on, as having happened on the "
            + "account (by its reference); naming it again changes nothing. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "The incident is of another setting, or the account was "
            + "never approved.")
    @PageForm(value = AccountActions.INCIDENT, command = RecordIncidentOnAccount.class,
            done = "The incident is listed on the account.", labels = {"incident=The incident case's reference"})
    void name(@PathVariable("id") String accountId, @Valid @RequestBody IncidentOnAccount body,
              @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
              @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        OfficialAccountView account = access.require(user, accountId);
        String incidentId = incidents.resolve(user, account, body.incident());
        commands.send(new RecordIncidentOnAccount(OfficialAccountId.of(accountId), incidentId), expected);
    }
}
