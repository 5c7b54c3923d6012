package uk.tidemark.app.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.security.password.PasswordChange;

/**
 * {@code POST /api/me/password}: the signed-in user changes their own password (decision 0024). It is open to a user
 * who must change the password an administrator gave them, when nothing else is.
 */
@RestController
@Tag(name = "Sign-in")
class PasswordController {

    @Schema(name = "PasswordChange", description = "Your current password and the new one: at least 12 characters, "
            + "not a common password or a variant of one, not containing your username or name, not the current one.")
    record Change(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "Change"; // never the passwords
        }
    }

    private final PasswordChange passwords;

    PasswordController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @PostMapping(path = "/api/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "An account that signs in through the identity provider, "
            + "which keeps its password.")
    @Operation(summary = "Change your password. 204: changed; your other sessions end, this one goes on under a new "
            + "session id. 400 naming currentPassword (wrong: counts towards the lock-out) or newPassword (why it is "
            + "refused). 409 for an account that signs in through the identity provider.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> change(@RequestBody Change body,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user,
                                HttpServletRequest request, HttpServletResponse response) {
        passwords.change(user, body.currentPassword(), body.newPassword(), "API", request, response);
        return ResponseEntity.noContent().build();
    }
}
