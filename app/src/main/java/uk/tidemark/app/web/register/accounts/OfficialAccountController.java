package uk.tidemark.app.web.register.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.register.accounts.AccountRequests.*;
import uk.tidemark.app.web.register.accounts.AccountViews.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.command.*;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccounts;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The official social-media accounts register (issue 18): asked for by any member of staff of a setting, approved
 * or refused by its headteacher (never the requester), then kept by the setting's case workers and the account's
 * lead and administrators: who has access, DBS checks, where the credentials are kept, password changes, the yearly
 * review, closing. 404 for an account the user may not see; 403 for trustees and administrators.
 */
@RestController
@RequestMapping(OfficialAccountController.ROOT)
@Tag(name = "Official accounts", description = "The register of a setting's official social-media accounts")
class OfficialAccountController {

    static final String ROOT = "/api/registers/official-accounts";
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String ONE = "/{id}";

    private final AccountAccess access;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;
    private final DisplayNames names;
    private final AccountIncidents incidents;

    OfficialAccountController(AccountAccess access, CaseCommands commands, AccessScope scope, QueryGateway queries,
                              ReadAudit reads, DisplayNames names, AccountIncidents incidents) {
        this.access = access;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
        this.names = names;
        this.incidents = incidents;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Ask for an official account of your setting, naming its proposed lead; a headteacher of "
            + "the setting decides. 201 with Location and {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> request(@Valid @RequestBody Request body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AccountAccess.requireStaff(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        checkCredentials(body.credentialsKeptAt(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String leadName = access.userOfSetting("leadUsername", body.leadUsername(), settingId);
        OfficialAccountId id = OfficialAccountId.random();
        commands.send(new RequestOfficialAccount(id, settingId, body.platform(), body.handle().strip(),
                body.address().strip(), body.purpose(), body.audience(), body.leadUsername().strip(), leadName,
                blankless(body.credentialsKeptAt())), null);
        // read-your-writes, bounded as the cases' creates are (decision 0029): the Location answers 200
        ReadCatchUp.awaitAbove(() -> access.find(id.value()).map(OfficialAccountView::version).orElse(-1L), -1,
                java.time.Duration.ofSeconds(5));
        return ResponseEntity.created(URI.create(ROOT + "/" + id.value())).body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The official accounts you may see: all of your settings' when you are a DSL, deputy or "
            + "headteacher, else those you lead, administer or asked for; newest request first.")
    @CaseDataRead
    List<Summary> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AccountAccess.requireStaff(user);
        List<Summary> found = visible(user).stream().map(AccountViews::summary).toList();
        reads.recordList(user, found.size());
        return found;
    }

    /** The accounts of the user's settings the user may see, as the register holds them. */
    List<OfficialAccountView> visible(TidemarkUser user) {
        return queries.query(new FindOfficialAccounts(scope.settingIdsOf(user)),
                        ResponseTypes.multipleInstancesOf(OfficialAccountView.class)).join().stream()
                .filter(a -> access.maySee(user, a)).toList();
    }

    @GetMapping(ONE)
    @Operation(summary = "An official account in full (with where its credentials are kept, and the incidents "
            + "that happened on it that you may work on), with an ETag.")
    @CaseDataRead
    ResponseEntity<Detail> get(@PathVariable("id") String accountId,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        OfficialAccountView account = access.require(user, accountId);
        reads.record(user, CaseType.OFFICIAL_ACCOUNT, accountId, account.settingId(), Map.of("view", "FULL"));
        Detail detail = AccountViews.detail(account, names, incidents.on(user, account.incidentIds()));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(detail.version())).body(detail);
    }

    @PostMapping(path = ONE + "/approval", consumes = JSON)
    @Operation(summary = "Approve the account asked for: a headteacher of the setting who did not ask for it (409). "
            + "Its yearly review falls due. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.APPROVE, command = ApproveOfficialAccount.class,
            done = "The account is approved.", labels = {"note=Anything to record with the approval (optional)"})
    void approve(@PathVariable("id") String accountId, @Valid @RequestBody Approval body,
                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                 @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        access.requireDecider(user, accountId);
        commands.send(new ApproveOfficialAccount(OfficialAccountId.of(accountId), blankless(body.note())), expected);
    }

    @PostMapping(path = ONE + "/refusal", consumes = JSON)
    @Operation(summary = "Refuse the account asked for, saying why: a headteacher of the setting who did not ask "
            + "for it (409). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.REFUSE, command = RefuseOfficialAccount.class,
            done = "The request is refused.", labels = {"reason=Why it is refused"})
    void refuse(@PathVariable("id") String accountId, @Valid @RequestBody Refusal body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        access.requireDecider(user, accountId);
        commands.send(new RefuseOfficialAccount(OfficialAccountId.of(accountId), body.reason()), expected);
    }

    @PostMapping(path = ONE + "/people", consumes = JSON)
    @Operation(summary = "Give someone access as an administrator (a user of the setting) or a moderator (a user, "
            + "or a name), with a moderator's DBS check date; its renewal falls due. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "They already have access, or the account is closed.")
    @PageForm(value = AccountActions.ADD_PERSON, command = AddAccountPerson.class,
            done = "They are on the account.", labels = {"username=Their Tidemark username",
            "name=Name (a moderator without a Tidemark account)", "role=What they do on the account",
            "dbsCheckedOn=Date of their last DBS check (moderators)"})
    void addPerson(@PathVariable("id") String accountId, @Valid @RequestBody NewPerson body,
                   @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                   @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        OfficialAccountView account = access.require(user, accountId);
        String username = blankless(body.username());
        String name = access.nameOfNewPerson(body.role(), username, body.name(), account.settingId());
        commands.send(new AddAccountPerson(OfficialAccountId.of(accountId), "p-" + UUID.randomUUID(), username,
                name, body.role(), body.dbsCheckedOn()), expected);
    }

    @PostMapping(path = ONE + "/people/{personId}/dbs-check", consumes = JSON)
    @Operation(summary = "Record a moderator's (renewed) DBS check; the next renewal falls due. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "No one of that id has access, or they are not a moderator.")
    @PageForm(value = "dbs-check-{personId}", command = RecordModeratorDbsCheck.class,
            done = "The DBS check is recorded.", labels = {"checkedOn=Date of the DBS check"})
    void dbsCheck(@PathVariable("id") String accountId, @PathVariable String personId, @Valid @RequestBody DbsCheck body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, accountId, ifMatch, id -> new RecordModeratorDbsCheck(id, personId, body.checkedOn()));
    }

    @PostMapping(path = ONE + "/people/{personId}/removal", consumes = JSON)
    @Operation(summary = "Take someone's access away (the lead's too): on an account in use, the password must be "
            + "changed within one working day (the lead's to do; the headteacher's when the lead goes, with the "
            + "handover to a new lead). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "No one of that id has access.")
    @PageForm(value = "removal-{personId}", command = RemoveAccountPerson.class,
            done = "Their access is ended. Change the password.", labels = {"reason=Why their access ends"})
    void removePerson(@PathVariable("id") String accountId, @PathVariable String personId, @Valid @RequestBody Removal body,
                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                      @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        OfficialAccountView account = access.require(user, accountId);
        String leaving = account.lead() != null && personId.equals(account.lead().personId())
                ? account.lead().username() : null;
        commands.send(new RemoveAccountPerson(OfficialAccountId.of(accountId), personId, body.reason(),
                access.headteacherOf(account.settingId(), leaving)), expected);
    }

    @PostMapping(path = ONE + "/lead", consumes = JSON)
    @Operation(summary = "Name the new lead of an account whose lead left (a user of the setting); the handover "
            + "is done. 409 while it has a lead. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.LEAD, command = NameAccountLead.class,
            done = "The new lead is named.", labels = {"username=The new lead's Tidemark username"})
    void nameLead(@PathVariable("id") String accountId, @Valid @RequestBody NewLead body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        OfficialAccountView account = access.require(user, accountId);
        String name = access.userOfSetting("username", body.username(), account.settingId());
        commands.send(new NameAccountLead(OfficialAccountId.of(accountId), body.username().strip(), name), expected);
    }

    @PostMapping(path = ONE + "/credentials-location", consumes = JSON)
    @Operation(summary = "Say where the credentials are kept: never the credentials (text that looks like a "
            + "password is refused, 400). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.CREDENTIALS, command = RecordCredentialsLocation.class,
            done = "Where the credentials are kept is recorded.",
            labels = {"credentialsKeptAt=Where the credentials are kept (never the password itself)"})
    void credentials(@PathVariable("id") String accountId, @Valid @RequestBody CredentialsLocation body,
                     @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>();
        checkCredentials(body.credentialsKeptAt(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        act(user, accountId, ifMatch, id -> new RecordCredentialsLocation(id, body.credentialsKeptAt().strip()));
    }

    @PostMapping(path = ONE + "/password-change", consumes = JSON)
    @Operation(summary = "The password was changed on this date: meets the password changes awaited from those who "
            + "left by then. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.PASSWORD, command = RecordPasswordChanged.class,
            done = "The password change is recorded.", labels = {"changedOn=Date the password was changed"})
    void passwordChanged(@PathVariable("id") String accountId, @Valid @RequestBody PasswordChange body,
                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                         @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, accountId, ifMatch, id -> new RecordPasswordChanged(id, body.changedOn()));
    }

    @PostMapping(path = ONE + "/review", consumes = JSON)
    @Operation(summary = "Record the yearly review and what it found; the next falls due a year on. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.REVIEW, command = ReviewOfficialAccount.class,
            done = "The review is recorded.", labels = {"findings=What the review found"})
    void review(@PathVariable("id") String accountId, @Valid @RequestBody Review body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, accountId, ifMatch, id -> new ReviewOfficialAccount(id, body.findings()));
    }

    @PostMapping(path = ONE + "/close", consumes = JSON)
    @Operation(summary = "Close the account, saying why; what is still awaited is cancelled. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = AccountActions.CLOSE, command = CloseOfficialAccount.class,
            done = "The account is closed.", labels = {"reason=Why it is closed"})
    void close(@PathVariable("id") String accountId, @Valid @RequestBody Closing body,
               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, accountId, ifMatch, id -> new CloseOfficialAccount(id, body.reason()));
    }

    /** If-Match is read first so that a bad header is a 400 whether or not the account exists. */
    private void act(TidemarkUser user, String accountId, String ifMatch, Function<OfficialAccountId, Object> command) {
        Long expected = IfMatch.parse(ifMatch);
        access.require(user, accountId);
        commands.send(command.apply(OfficialAccountId.of(accountId)), expected);
    }

    private static void checkCredentials(String text, List<FieldProblem> errors) {
        if (AccountRequests.looksLikeASecret(text)) {
            errors.add(new FieldProblem("credentialsKeptAt", "looks like a password: say where the credentials "
                    + "are kept, never what they are."));
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
