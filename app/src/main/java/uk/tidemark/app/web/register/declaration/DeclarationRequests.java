package uk.tidemark.app.web.register.declaration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.kernel.declaration.ApprovalKind;
import uk.tidemark.kernel.declaration.ContactFrom;
import uk.tidemark.kernel.declaration.ContactKind;
import uk.tidemark.kernel.declaration.DeclarationKind;
import uk.tidemark.kernel.incident.Platform;

import java.time.LocalDate;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the declaration endpoints. Flat, so that the page's form and the API's body are one record. */
final class DeclarationRequests {

    private DeclarationRequests() {
    }

    @Schema(name = "MakeDeclaration", description = "A CONTACT needs contactFrom, contactName, contactKind, platform, "
            + "contactOn and response; an APPROVAL needs approvalKind and details. The other kind's fields are left out.")
    record Declare(@Schema(description = "May be left out when you belong to one setting.")
                   @Chars(max = NAME) String settingId,
                   @NotNull(message = REQUIRED) DeclarationKind kind,
                   ContactFrom contactFrom,
                   @Schema(description = "Who made contact, by name.") @Chars(max = NAME) String contactName,
                   ContactKind contactKind,
                   Platform platform,
                   @Schema(description = "The day of the contact; not in the future.") @NotFuture LocalDate contactOn,
                   @Schema(description = "What you did about it: declined, blocked...") @Chars(max = TEXT) String response,
                   ApprovalKind approvalKind,
                   @Schema(description = "What you would like approved, and why.") @Chars(max = TEXT) String details) {
    }

    record Note(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String note) {
    }

    record Decision(@NotNull(message = REQUIRED) Boolean approved,
                    @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reasons) {
    }

    /** Turning a contact into an incident carries nothing: the declaration says it all. */
    record ToIncident() {
    }
}
