package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.web.validation.Chars;

import java.util.List;

import static uk.tidemark.app.web.validation.Limits.NAME;
import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/** The bodies of the account endpoints under {@code /api/admin/users}. */
final class UserRequests {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,99}";

    private UserRequests() {
    }

    @Schema(name = "NewUser", description = "A local account. Leave password out to have one generated and "
            + "answered once. A user is trust-wide or a member of one or more settings, never both.")
    record NewUser(@NotBlank(message = REQUIRED)
                   @Pattern(regexp = USERNAME, message = "must be 2 to 100 lower-case letters, digits, dots, "
                           + "hyphens or underscores, starting with a letter or digit.") String username,
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String displayName,
                   @Email(message = "must be an e-mail address.") @Chars(max = 320) String email,
                   @Schema(description = "For the first sign-in only; the same rules as any password "
                           + "(PasswordPolicy, decision 0024)") String password,
                   @NotEmpty(message = "must name at least one role.") List<Role> roles,
                   Boolean trustWide,
                   List<String> settingIds,
                   @Schema(description = "Only for an administrator of no trust managing several")
                   @Chars(max = 64) String trustId) {
    }

    @Schema(name = "UserAccess", description = "Replaces the account's roles and settings.")
    record Access(@NotEmpty(message = "must name at least one role.") List<Role> roles,
                  Boolean trustWide,
                  List<String> settingIds) {
    }

    @Schema(name = "UserEnabled")
    record Enabled(@NotNull(message = REQUIRED) Boolean enabled) {
    }

    @Schema(name = "PasswordReset", description = "Leave password out to have one generated and answered once. "
            + "Either way it is for the next sign-in only.")
    record PasswordReset(@Schema(description = "the same rules as any password (decision 0024)") String password) {
        @Override
        public String toString() {
            return "PasswordReset"; // never the password
        }
    }

    /** The new account; {@code oneTimePassword} only when it was generated, and only in this answer. */
    @Schema(name = "CreatedUser")
    record Created(String username, String oneTimePassword) {
    }
}
