package uk.tidemark.app.web.register.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountRole;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the official accounts register's endpoints. */
final class AccountRequests {

    static final String CREDENTIALS = "Where the credentials are kept, never the credentials: a password manager's "
            + "vault, a sealed envelope in the office safe.";

    private AccountRequests() {
    }

    @Schema(name = "RequestOfficialAccount")
    record Request(@Schema(description = "May be left out when you belong to one setting.")
                   @Chars(max = NAME) String settingId,
                   @NotNull(message = REQUIRED) Platform platform,
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String handle,
                   @Schema(description = "The account's address (URL).")
                   @NotBlank(message = REQUIRED) @Chars(max = URL) String address,
                   @NotBlank(message = REQUIRED) @Chars(max = TEXT) String purpose,
                   @NotBlank(message = REQUIRED) @Chars(max = TEXT) String audience,
                   @Schema(description = "The proposed lead: the username of someone of the setting.")
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String leadUsername,
                   @Schema(description = CREDENTIALS) @Chars(max = TEXT) String credentialsKeptAt) {
    }

    @Schema(name = "OfficialAccountApproval")
    record Approval(@Chars(max = TEXT) String note) {
    }

    @Schema(name = "OfficialAccountRefusal")
    record Refusal(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "OfficialAccountPerson")
    record NewPerson(@Schema(description = "Their Tidemark username (required for an administrator); a moderator "
                             + "without one is named instead.") @Chars(max = NAME) String username,
                     @Schema(description = "The name of a moderator without a Tidemark user; otherwise their "
                             + "account's name is used.") @Chars(max = NAME) String name,
                     @NotNull(message = REQUIRED) AccountRole role,
                     @Schema(description = "A moderator's last DBS check; not in the future.")
                     @NotFuture LocalDate dbsCheckedOn) {
    }

    @Schema(name = "ModeratorDbsCheck")
    record DbsCheck(@NotNull(message = REQUIRED) @NotFuture LocalDate checkedOn) {
    }

    @Schema(name = "OfficialAccountRemoval")
    record Removal(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "OfficialAccountLead")
    record NewLead(@NotBlank(message = REQUIRED) @Chars(max = NAME) String username) {
    }

    @Schema(name = "OfficialAccountCredentials")
    record CredentialsLocation(@Schema(description = CREDENTIALS)
                               @NotBlank(message = REQUIRED) @Chars(max = TEXT) String credentialsKeptAt) {
    }

    @Schema(name = "OfficialAccountPasswordChange")
    record PasswordChange(@NotNull(message = REQUIRED) @NotFuture LocalDate changedOn) {
    }

    @Schema(name = "OfficialAccountReview")
    record Review(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String findings) {
    }

    @Schema(name = "OfficialAccountClosing")
    record Closing(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    /**
     * Whether the text looks like a secret rather than a place: a word of eight or more characters, without spaces,
     * that mixes at least three of lower case, upper case, digits and symbols ("Tr0ub4dor&3").
     */
    static boolean looksLikeASecret(String text) {
        if (text == null) {
            return false;
        }
        for (String word : text.split("\\s+")) {
            String w = word.replaceAll("^[\"'(]+|[\"'),.;:]+$", "");
            if (w.length() < 8) {
                continue;
            }
            int kinds = (w.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                    + (w.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                    + (w.chars().anyMatch(Character::isDigit) ? 1 : 0)
                    + (w.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
            if (kinds >= 3) {
                return true;
            }
        }
        return false;
    }
}
