package uk.tidemark.app.web.register.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.InDateWindow;
import uk.tidemark.app.web.validation.NotFuture;

import java.time.LocalDate;
import java.util.List;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the policy and training endpoints. */
final class PolicyRequests {

    private PolicyRequests() {
    }

    @Schema(name = "PublishPolicy")
    record Publish(@Schema(description = "The settings it is published in (one policy each); may be left out when "
                           + "you belong to one setting.")
                   @Size(max = PEOPLE, message = TOO_MANY) List<@Chars(max = NAME) String> settingIds,
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String title,
                   @Schema(description = "Plain text; line breaks are kept.")
                   @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String text,
                   @NotNull(message = REQUIRED) @InDateWindow LocalDate effectiveFrom,
                   @Schema(description = "Who must acknowledge it: STAFF, DSL, DEPUTY_DSL, HR, HEADTEACHER.")
                   @NotEmpty(message = REQUIRED) @Size(max = 5, message = TOO_MANY) List<@NotNull Role> roles) {
    }

    @Schema(name = "PublishPolicyVersion")
    record NewVersion(@NotBlank(message = REQUIRED) @Chars(max = NAME) String title,
                      @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String text,
                      @NotNull(message = REQUIRED) @InDateWindow LocalDate effectiveFrom,
                      @Schema(description = "Left out: the roles of the version in force.")
                      @Size(max = 5, message = TOO_MANY) List<@NotNull Role> roles) {
    }

    @Schema(name = "AcknowledgePolicy")
    record Acknowledge(@Schema(description = "The version you read; it must still be the one in force.")
                       @NotNull(message = REQUIRED) @Positive Integer version) {
    }

    @Schema(name = "RetirePolicy")
    record Retire(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "RecordTraining")
    record Training(@Schema(description = "May be left out when you belong to one setting.")
                    @Chars(max = NAME) String settingId,
                    @Schema(description = "The member of staff's username; left out, yourself.")
                    @Chars(max = NAME) String person,
                    @NotBlank(message = REQUIRED) @Chars(max = NAME) String course,
                    @NotNull(message = REQUIRED) @NotFuture LocalDate completedOn,
                    @Schema(description = "Left out: it does not expire.") @InDateWindow LocalDate expiresOn) {
    }

    @Schema(name = "RemoveTrainingRecord")
    record RemoveTraining(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }
}
