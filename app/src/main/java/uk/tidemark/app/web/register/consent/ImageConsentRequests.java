package uk.tidemark.app.web.register.consent;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the image consent register's endpoints. */
final class ImageConsentRequests {

    private ImageConsentRequests() {
    }

    @Schema(name = "RecordImageConsent")
    record Entry(@Schema(description = "May be left out when you belong to one setting.")
                  @Chars(max = NAME) String settingId,
                  @Schema(description = "The pupil's person id on the setting's roster (GET /api/roster).")
                  @NotBlank(message = REQUIRED) @Chars(max = NAME) String personId,
                  @NotNull(message = REQUIRED) ImageAllowance allowed,
                  @NotNull(message = REQUIRED) ConsentSource source,
                  @Schema(description = "The day consent was given; left out, today (UK). Not in the future. The "
                          + "annual review falls due a year from it.")
                  @NotFuture LocalDate givenOn,
                  @Chars(max = TEXT) String note) {
    }

    @Schema(name = "ChangeImageConsent")
    record Change(@NotNull(message = REQUIRED) ImageAllowance allowed,
                  @NotNull(message = REQUIRED) ConsentSource source,
                  @Schema(description = "Since when; left out, today (UK). Not in the future.")
                  @NotFuture LocalDate givenOn,
                  @Chars(max = TEXT) String note) {
    }

    @Schema(name = "ReviewImageConsent")
    record Review(@Schema(description = "The day of the review; left out, today (UK). Not in the future.")
                  @NotFuture LocalDate reviewedOn,
                  @Chars(max = TEXT) String note) {
    }

    @Schema(name = "EndImageConsent")
    record End(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }
}
