package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.security.AccountStore;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.web.problem.NotFoundException;

/**
 * A user who lost the phone holding their authenticator app cannot sign in: an administrator forgets the
 * account's TOTP secret, and the next sign-in sets a new one up. Administrators only (see SecurityConfig).
 */
@RestController
@Tag(name = "Administration")
class SecondFactorAdminController {

    private final AccountStore accounts;
    private final SecondFactorStore secrets;

    SecondFactorAdminController(AccountStore accounts, SecondFactorStore secrets) {
        this.accounts = accounts;
        this.secrets = secrets;
    }

    @DeleteMapping("/api/admin/users/{username}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget a local account's TOTP secret (a lost phone): its next sign-in sets up a new one. "
            + "204, also when it had none; 404 for an unknown account.")
    void reset(@PathVariable String username) {
        if (!accounts.exists(username)) {
            throw new NotFoundException("There is no account with that username.");
        }
        secrets.reset(username);
    }
}
