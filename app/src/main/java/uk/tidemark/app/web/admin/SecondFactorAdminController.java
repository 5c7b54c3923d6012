package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.totp.RecoveryCodeStore;
import uk.tidemark.app.security.totp.SecondFactorStore;

import java.util.Map;

/**
 * A user who lost the phone holding their authenticator app cannot sign in: an administrator forgets the
 * account's TOTP secret and its recovery codes, and the next sign-in sets a new one up, with new codes. Administrators only (see SecurityConfig), for the
 * accounts of the trusts they manage; each reset is an ADMIN entry of the audit trail.
 */
@RestController
@Tag(name = "Administration")
class SecondFactorAdminController {

    private final AdminScope scope;
    private final SecondFactorStore secrets;
    private final RecoveryCodeStore recoveryCodes;
    private final AdminAudit audit;

    SecondFactorAdminController(AdminScope scope, SecondFactorStore secrets, RecoveryCodeStore recoveryCodes,
                                AdminAudit audit) {
        this.scope = scope;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
    }

    @Transactional
    @DeleteMapping("/api/admin/users/{username}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget a local account's TOTP secret and recovery codes (a lost phone): its next sign-in "
            + "sets up a new one, with new codes. 204, also when it had none; 404 for an unknown account.")
    void reset(@PathVariable String username, @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        scope.account(user, username); // 404 for an unknown account, or one of a trust the administrator does not manage
        int codesLeft = recoveryCodes.left(username);
        boolean had = secrets.reset(username);
        audit.record(user, "SECOND_FACTOR_RESET", Map.of("username", username, "hadOne", had,
                "recoveryCodesRemoved", codesLeft));
    }
}
