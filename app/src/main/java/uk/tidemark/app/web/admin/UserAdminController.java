package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.grant.CaseAccess;
import uk.tidemark.app.security.grant.RoleGrantRules;
import uk.tidemark.app.security.grant.RoleGrants;
import uk.tidemark.app.security.password.PasswordPolicy;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.web.grant.RoleGrantController;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.app.account.AdminAccounts;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Local accounts: who may sign in, with which roles, in which settings (or trust-wide). Administrators only (see
 * SecurityConfig), within the trusts they manage ({@link AdminScope}); every change is an ADMIN entry of the audit
 * trail. A change of enabling, roles, settings or password ends the account's signed-in sessions at once, on every
 * instance (decision 0024); a password an administrator gives out must be changed at the user's next sign-in.
 */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Administration")
class UserAdminController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    record SettingRef(String id, String name) {
    }

    /**
     * @param roles                  the roles in force
     * @param waitingForConfirmation the case roles given but not yet confirmed by a second person (decision 0026),
     *                               or null
     */
    record UserView(String username, String displayName, String email, List<Role> roles, boolean trustWide,
                    String trustId, List<SettingRef> settings, boolean enabled, boolean secondFactorEnrolled,
                    String signIn, RoleGrantController.GrantView waitingForConfirmation) {
    }

    private final AdminScope scope;
    private final AdminAccounts admin;
    private final AccountStore accounts;
    private final SecondFactorStore secondFactors;
    private final PasswordEncoder encoder;
    private final AdminAudit audit;
    private final RoleGrants grants;
    private final RoleGrantController grantViews;
    private final PasswordPolicy policy;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    UserAdminController(AdminScope scope, AdminAccounts admin, AccountStore accounts, SecondFactorStore secondFactors,
                        PasswordEncoder encoder, AdminAudit audit, RoleGrants grants, RoleGrantController grantViews,
                        PasswordPolicy policy, org.springframework.context.ApplicationEventPublisher events) {
        this.policy = policy;
        this.events = events;
        this.scope = scope;
        this.admin = admin;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.encoder = encoder;
        this.audit = audit;
        this.grants = grants;
        this.grantViews = grantViews;
    }

    @GetMapping
    @Operation(summary = "The accounts of the trusts you manage, by username.")
    List<UserView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<Setting> settings = scope.settingsOf(user);
        List<String> trusts = scope.trustsOf(user).stream().map(AdminAccounts.Trust::id).toList();
        return admin.accounts(trusts, user.trustId() == null).stream().map(a -> view(a, settings, user)).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One account; 404 when it is not of a trust you manage.")
    UserView one(@PathVariable String username, @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return view(scope.account(user, username), scope.settingsOf(user), user);
    }

    @Transactional
    @PostMapping(consumes = JSON)
    @Operation(summary = "Create a local account. 201 with Location and {username, oneTimePassword}: the generated "
            + "password (when none was given) is answered this once and never stored in clear. A case role (DSL, "
            + "deputy DSL, headteacher, HR) waits for another person's confirmation (see /api/role-grants).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserRequests.Created> create(@Valid @RequestBody UserRequests.NewUser body, BindingResult binding,
                                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        if (body.username() != null && accounts.exists(body.username())) {
            errors.add(new FieldProblem("username", "is taken already: choose another."));
        }
        Set<Role> roles = UserAccessRules.roles(body.roles());
        Set<String> settingIds = UserAccessRules.ids(body.settingIds());
        String trustId = scope.trustFor(user, body.trustId(), settingIds, roles.equals(EnumSet.of(Role.ADMIN)), errors);
        UserAccessRules.check(scope.settingsOf(user), trustId, roles, Boolean.TRUE.equals(body.trustWide()), settingIds,
                errors);
        if (body.password() != null) {
            policy.refusal(body.password(), body.username(), body.displayName(), null)
                    .ifPresent(why -> errors.add(new FieldProblem("password", why)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String generated = body.password() == null ? generatedPassword() : null;
        String password = generated != null ? generated : body.password();
        String email = body.email() == null || body.email().isBlank() ? null : body.email().strip();
        String hash = encoder.encode(password);
        CaseAccess asked = new CaseAccess(roles, Boolean.TRUE.equals(body.trustWide()), settingIds);
        changeAccess(user, body.username(), trustId, new CaseAccess(Set.of(), false, Set.of()), asked, now -> {
            // a password the administrator knows: the user chooses their own at their first sign-in (decision 0024)
            accounts.createUser(body.username(), body.displayName().strip(), hash, now.roles(), trustId,
                    now.trustWide(), now.settingIds(), email, true);
            Map<String, Object> details = UserAccessRules.details(now.roles(), now.trustWide(), now.settingIds());
            details.put("username", body.username());
            details.put("trustId", trustId);
            details.put("passwordGenerated", generated != null);
            details.put("asked", UserAccessRules.details(roles, asked.trustWide(), settingIds));
            audit.record(user, "USER_CREATED", details);
        });
        return ResponseEntity.created(URI.create("/api/admin/users/" + body.username()))
                .body(new UserRequests.Created(body.username(), generated));
    }

    @Transactional
    @PostMapping(path = "/{username}/access", consumes = JSON)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "Your own ADMIN role, or an account whose roles come from "
            + "the identity provider.")
    @Operation(summary = "Replace the account's roles and settings (or make it trust-wide). What applies at once ends "
            + "the account's sessions at once (it signs in again with the new access); what widens a case role (DSL, "
            + "deputy DSL, headteacher, HR: the role, a setting, the whole trust) waits for another person's "
            + "confirmation (see /api/role-grants), taking a role away does not. "
            + "409 for your own ADMIN role, or an account whose roles come from the identity provider.")
    UserView access(@PathVariable String username, @Valid @RequestBody UserRequests.Access body, BindingResult binding,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminAccounts.Account account = scope.account(user, username);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        Set<Role> roles = UserAccessRules.roles(body.roles());
        Set<String> settingIds = UserAccessRules.ids(body.settingIds());
        boolean trustWide = Boolean.TRUE.equals(body.trustWide());
        UserAccessRules.check(scope.settingsOf(user), account.trustId(), roles, trustWide, settingIds, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if ("OIDC".equals(account.signIn())) {
            throw new RefusedCommandException("This account signs in through the identity provider, which sets its "
                    + "roles at every sign-in: change them there.");
        }
        if (username.equals(user.getUsername()) && !roles.contains(Role.ADMIN)) {
            throw new RefusedCommandException("You cannot take away your own administrator role: ask another "
                    + "administrator.");
        }
        CaseAccess current = new CaseAccess(account.roles(), account.trustWide(), account.settingIds());
        changeAccess(user, username, account.trustId(), current, new CaseAccess(roles, trustWide, settingIds), now -> {
            admin.setAccess(username, now.roles(), now.trustWide(), now.settingIds());
            Map<String, Object> details = UserAccessRules.details(now.roles(), now.trustWide(), now.settingIds());
            details.put("username", username);
            details.put("asked", UserAccessRules.details(roles, trustWide, settingIds));
            audit.record(user, "USER_ACCESS_CHANGED", details);
        });
        return one(username, user);
    }

    @Transactional
    @PostMapping(path = "/{username}/enabled", consumes = JSON)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "Disabling your own account.")
    @Operation(summary = "Enable or disable the account. A disabled account cannot sign in, and its sessions end at "
            + "once; 409 for your own.")
    UserView enabled(@PathVariable String username, @Valid @RequestBody UserRequests.Enabled body,
                     BindingResult binding, @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        scope.account(user, username);
        List<FieldProblem> errors = FieldProblems.of(binding);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (username.equals(user.getUsername()) && !body.enabled()) {
            throw new RefusedCommandException("You cannot disable your own account.");
        }
        admin.setEnabled(username, body.enabled());
        audit.record(user, body.enabled() ? "USER_ENABLED" : "USER_DISABLED", Map.of("username", username));
        if (!body.enabled()) { // its official accounts are told once this commits (issue 18)
            events.publishEvent(new uk.tidemark.app.account.UserDisabled(username));
        }
        return one(username, user);
    }

    @PostMapping(path = "/{username}/password", consumes = JSON)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "Your own account (change it with POST /api/me/password), "
            + "or one that signs in through the identity provider.")
    @Transactional // the reset is made only if its audit entry is written (decision 0029)
    @Operation(summary = "Reset the account's password (a forgotten one): 200 {username, oneTimePassword}, the "
            + "generated password (when none was given) answered this once. The account's sessions end at once, on "
            + "every instance, and the user must choose their own password at their next sign-in. 409 for your own "
            + "account (change it with POST /api/me/password) or one that signs in through the identity provider.")
    UserRequests.Created resetPassword(@PathVariable String username, @RequestBody UserRequests.PasswordReset body,
                                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminAccounts.Account account = scope.account(user, username);
        if ("OIDC".equals(account.signIn())) {
            throw new RefusedCommandException("This account signs in through the identity provider, which keeps its "
                    + "password: reset it there.");
        }
        if (username.equals(user.getUsername())) {
            throw new RefusedCommandException("Change your own password on the Change password page, with your "
                    + "current one.");
        }
        if (body.password() != null) {
            policy.refusal(body.password(), username, account.displayName(), null).ifPresent(why -> {
                throw new InvalidRequestException("password", why);
            });
        }
        String generated = body.password() == null ? generatedPassword() : null;
        String password = generated != null ? generated : body.password();
        accounts.setPassword(username, encoder.encode(password), true, AccountChange.PASSWORD_RESET);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", username);
        details.put("passwordGenerated", generated != null);
        audit.record(user, "PASSWORD_RESET", details);
        return new UserRequests.Created(username, generated);
    }

    /**
     * Makes the change through {@link RoleGrants}: {@code applyNow} writes (and audits) what applies at once, the
     * rest waits for confirmation. Settings that no one person could confirm together are a 400, with nothing
     * changed.
     */
    private void changeAccess(TidemarkUser user, String username, String trustId, CaseAccess current,
                              CaseAccess asked, java.util.function.Consumer<CaseAccess> applyNow) {
        try {
            grants.change(user, username, trustId, current, asked, applyNow);
        } catch (RoleGrantRules.NoConfirmer nobody) {
            throw new InvalidRequestException(List.of(new FieldProblem("settingIds", nobody.getMessage())));
        }
    }

    private UserView view(AdminAccounts.Account a, List<Setting> settings, TidemarkUser viewer) {
        List<SettingRef> refs = settings.stream().filter(s -> a.settingIds().contains(s.id()))
                .map(s -> new SettingRef(s.id(), s.name())).toList();
        RoleGrantController.GrantView waiting = grants.pendingFor(a.username())
                .map(g -> grantViews.view(g, viewer)).orElse(null);
        return new UserView(a.username(), a.displayName(), a.email(), List.copyOf(a.roles()), a.trustWide(),
                a.trustId(), refs, a.enabled(), secondFactors.enrolled(a.username()), a.signIn(), waiting);
    }

    /** 18 random bytes, as InitialAdministrator's: 24 characters, about 144 bits. */
    private String generatedPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
