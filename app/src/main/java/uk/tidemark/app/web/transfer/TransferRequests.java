package uk.tidemark.app.web.transfer;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.NotFuture;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the record transfer endpoints (decision 0055). */
final class TransferRequests {

    private TransferRequests() {
    }

    @Schema(name = "StartRecordTransfer")
    record Start(@Schema(description = "The setting of the trust the pupil is moving to; or give toSchool.")
                 @Chars(max = NAME) String toSettingId,
                 @Schema(description = "The name of a school outside Tidemark the pupil is moving to; or give "
                         + "toSettingId.") @Chars(max = NAME) String toSchool,
                 @Schema(description = "The day the pupil starts at the new school.")
                 @NotNull(message = REQUIRED) LocalDate startDate,
                 @Schema(description = "The setting sending the records; may be left out when the pupil's cases you "
                         + "may see are all in one setting.") @Chars(max = NAME) String fromSettingId) {
    }

    @Schema(name = "RecordTransferDelivery")
    record Delivery(@Schema(description = "How the file was sent: secure email, by hand, ...")
                    @NotBlank(message = REQUIRED) @Chars(max = TEXT) String how,
                    @Schema(description = "The day it was sent; not in the future.")
                    @NotNull(message = REQUIRED) @NotFuture LocalDate deliveredOn,
                    @Schema(description = "The case bundle sent, if one was made.") @Chars(max = NAME)
                    String bundleId) {
    }

    @Schema(name = "ConfirmTransferReceipt")
    record Receipt(@Schema(description = "For a school outside Tidemark: who there confirmed the receipt.")
                   @Chars(max = NAME) String confirmedBy,
                   @Schema(description = "For a school outside Tidemark: how they confirmed it.")
                   @Chars(max = TEXT) String how,
                   @Schema(description = "For a school outside Tidemark: the day they confirmed it; today when left "
                           + "out. Not in the future.") @NotFuture LocalDate receivedOn) {
    }
}
