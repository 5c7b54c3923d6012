package uk.tidemark.app.web.grant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.grant.RoleGrant;
import uk.tidemark.app.security.grant.RoleGrants;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.kernel.RefusedCommandException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static uk.tidemark.app.web.validation.Limits.TEXT;
import static uk.tidemark.app.web.validation.Limits.TOO_LONG;

/**
 * Case roles waiting for a second person (decision 0026): the requests a headteacher or an administrator sees,
 * and confirming or declining one. Headteachers and administrators only (SecurityConfig); a request they may not
 * see answers 404, one they see but may not decide (their own, their own account's, a setting not theirs) 403, one
 * decided meanwhile 409.
 */
@RestController
@RequestMapping("/api/role-grants")
@Tag(name = "Role grants", description = "Case roles an administrator gave, waiting for another person to confirm")
public class RoleGrantController {

    static final String NOT_FOUND = "There is no role change waiting with that id.";
    private static final String DECIDED = "It was confirmed, declined or replaced meanwhile.";

    /** A setting as a request names it. */
    public record SettingRef(String id, String name) {
    }

    /**
     * A request. {@code roles}: the case roles it adds (empty when it only widens where the account's roles hold);
     * {@code settings}: where case access widens ({@code trustWide}: the whole trust); {@code confirmer}:
     * HEADTEACHER (of every one of those settings) or ADMIN (another administrator).
     */
    @Schema(name = "RoleGrant")
    public record GrantView(String grantId, String username, String displayName, List<Role> roles,
                            List<SettingRef> settings, boolean trustWide, String requestedBy, Instant requestedAt,
                            String confirmer, String status, String decidedBy, Instant decidedAt,
                            boolean youMayDecide, String whyNot) {
    }

    @Schema(name = "RoleGrantDecline")
    record Decline(String reason) {
    }

    private final RoleGrants grants;
    private final AccountStore accounts;

    RoleGrantController(RoleGrants grants, AccountStore accounts) {
        this.grants = grants;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The role changes waiting for confirmation that you see: a headteacher those about their "
            + "settings, an administrator those of the trusts they manage; youMayDecide says which are yours to "
            + "confirm or decline.")
    public List<GrantView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return grants.pendingSeenBy(user).stream().map(g -> view(g, user)).toList();
    }

    @PostMapping(path = "/{grantId}/confirm")
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = DECIDED)
    @Operation(summary = "Confirm a role change: the account gets the roles from its next request. 403 for your "
            + "own request, your own account, or a setting you are not the headteacher of; 404 for an unknown id; "
            + "409 when it was decided or replaced meanwhile.")
    public GrantView confirm(@PathVariable String grantId,
                             @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        RoleGrant grant = decidable(grantId, user);
        return view(grants.confirm(user, grant), user);
    }

    @PostMapping(path = "/{grantId}/decline")
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = DECIDED)
    @Operation(summary = "Decline a role change, with an optional reason: the account gets no case role from it. "
            + "403, 404 and 409 as for confirm.")
    public GrantView decline(@PathVariable String grantId, @Valid @RequestBody(required = false) Decline body,
                             BindingResult binding,
                             @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new java.util.ArrayList<>(FieldProblems.of(binding));
        if (body != null && body.reason() != null && body.reason().codePointCount(0, body.reason().length()) > TEXT) {
            errors.add(new FieldProblem("reason", TOO_LONG.replace("{max}", Integer.toString(TEXT))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        RoleGrant grant = decidable(grantId, user);
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        return view(grants.decline(user, grant, reason), user);
    }

    /** The request, if the user may decide it: else 404 (not theirs to see), 403 (not theirs to decide), 409. */
    RoleGrant decidable(String grantId, TidemarkUser user) {
        RoleGrant grant = mayDecide(grantId, user);
        if (!grant.pending()) {
            throw new RefusedCommandException("This role change was already confirmed, declined or replaced.");
        }
        return grant;
    }

    /** The request, if the user may see it (else 404) and is one who may decide it (else 403), decided or not. */
    RoleGrant mayDecide(String grantId, TidemarkUser user) {
        RoleGrant grant = grants.find(user, grantId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Optional<String> whyNot = grants.whyNot(user, grant);
        if (whyNot.isPresent()) {
            throw new ForbiddenException(whyNot.get());
        }
        return grant;
    }

    public GrantView view(RoleGrant g, TidemarkUser viewer) {
        Optional<String> whyNot = viewer == null ? Optional.of("") : grants.whyNot(viewer, g);
        List<SettingRef> settings = g.scopeSettingIds().stream()
                .map(id -> new SettingRef(id, accounts.findSetting(id).map(Setting::name).orElse(id)))
                .sorted(java.util.Comparator.comparing(SettingRef::name)).toList();
        String displayName = accounts.find(g.username()).map(TidemarkUser::displayName).orElse(g.username());
        return new GrantView(g.id(), g.username(), displayName, List.copyOf(g.roles()), settings, g.scopeTrustWide(),
                g.requestedBy(), g.requestedAt(), g.confirmer().name(), g.status().name(), g.decidedBy(),
                g.decidedAt(), g.pending() && whyNot.isEmpty(), g.pending() ? whyNot.orElse(null) : null);
    }
}
