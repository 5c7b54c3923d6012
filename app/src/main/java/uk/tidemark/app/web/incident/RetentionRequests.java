package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.ErasureGround;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;
import static uk.tidemark.app.web.validation.Limits.TEXT;

/** The bodies of the retention actions on a case (decision 0052). Reasons up to 4,000 characters. */
final class RetentionRequests {

    private RetentionRequests() {
    }

    @Schema(name = "DestructionRequest")
    record DestructionRequest(@Schema(description = "Why now: kept after the erasure, so write it without names.")
                              @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason,
                              @Schema(description = "RETENTION_SCHEDULE (the default: the review found the period "
                                      + "ended) or ERASURE_REQUEST (a request to erase that the school accepted).")
                              ErasureGround ground) {
    }

    /** Nothing to say: the destruction asked for is confirmed as it was asked. */
    @Schema(name = "DestructionConfirmation")
    record DestructionConfirmation() {
    }

    @Schema(name = "LegalHold")
    record LegalHold(@Schema(description = "Why: a police investigation, a claim.")
                     @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "LegalHoldLift")
    record LegalHoldLift(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "RetentionExtension")
    record RetentionExtension(@Schema(description = "Keep the case until this date (after today and after the "
                                      + "review already set); its review falls due then.")
                              @NotNull(message = REQUIRED) LocalDate until,
                              @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }
}
