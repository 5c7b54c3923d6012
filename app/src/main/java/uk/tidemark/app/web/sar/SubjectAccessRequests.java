package uk.tidemark.app.web.sar;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.kernel.sar.Exemption;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the subject access endpoints. */
final class SubjectAccessRequests {

    private SubjectAccessRequests() {
    }

    @Schema(name = "ReceiveSubjectAccessRequest")
    record Receive(@Schema(description = "The person's id in the person directory.")
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String personId,
                   @Schema(description = "The day the request was received; not in the future.")
                   @NotNull(message = REQUIRED) @NotFuture LocalDate receivedOn,
                   @Schema(description = "Who asked: the person, or who asked on their behalf (a parent, a solicitor).")
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String requester,
                   @Schema(description = "The setting that received it; may be left out when you belong to one, or "
                           + "the person's first case says.") @Chars(max = NAME) String settingId) {
    }

    record Mark(@NotBlank(message = REQUIRED) @Chars(max = NAME) String entryKey,
                @Schema(description = "The passage to redact; left out, the entry's whole text.")
                @Chars(max = TEXT) String passage,
                @Schema(description = "false takes a mark back; true when left out.") Boolean marked) {
    }

    record Extend(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    record Release(@Schema(description = "For a partial disclosure: the legal ground for what is withheld.")
                   Exemption withheldOn,
                   @Schema(description = "For a partial disclosure: what is withheld.") @Chars(max = TEXT)
                   String withheld) {
    }

    record Refuse(@NotNull(message = REQUIRED) Exemption ground,
                  @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reasons) {
    }
}
