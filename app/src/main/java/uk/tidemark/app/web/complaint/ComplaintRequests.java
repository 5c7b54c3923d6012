package uk.tidemark.app.web.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.app.web.validation.Chars;

import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.app.web.validation.NotPast;

import java.time.LocalDate;
import java.util.List;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the complaint endpoints. */
final class ComplaintRequests {

    /** A panel is three or so trustees or governors; twelve leaves room without inviting abuse. */
    static final int PANEL_MEMBERS = 12;

    private ComplaintRequests() {
    }

    @Schema(name = "ReceiveComplaint")
    record Receive(@Schema(description = "May be left out when you belong to one setting.")
                   @Chars(max = NAME) String settingId,
                   @NotNull(message = REQUIRED) ComplaintChannel channel,
                   @NotBlank(message = REQUIRED) @Chars(max = NAME) String complainant,
                   @NotBlank(message = REQUIRED) @Chars(max = TEXT) String summary,
                   @Schema(description = "The day the complaint reached the setting; left out, today (UK). Not in the "
                           + "future. Its timescales count from that day (decision 0047).")
                   @NotFuture LocalDate receivedOn) {
    }

    /** The acknowledgement carries nothing: the complaint and the time say it all. */
    @Schema(name = "ComplaintAcknowledgement")
    record Acknowledgement() {
    }

    @Schema(name = "InformalResolution")
    record InformalResolution(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String outcome) {
    }

    @Schema(name = "FormalStage")
    record FormalStage(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "FormalResponse")
    record FormalResponse(@NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String findings,
                          @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String reasons,
                          @Schema(description = "How the complainant can take it to a panel.")
                          @NotBlank(message = REQUIRED) @Chars(max = TEXT) String howToEscalate) {
    }

    @Schema(name = "PanelRequest")
    record PanelRequest(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "PanelHearingDate")
    record PanelHearingDate(@Schema(description = "The day the panel will meet: today or later, and not before the day "
                                    + "the panel was asked for (400 on hearingOn). Set again to move it.")
                            @NotNull(message = REQUIRED) @NotPast LocalDate hearingOn) {
    }

    @Schema(name = "PanelHearing")
    record PanelHearing(@Schema(description = "Not in the future, and not before the day the panel was asked for.")
                        @NotNull(message = REQUIRED) @NotFuture LocalDate heldOn,
                        @NotEmpty(message = REQUIRED) @Size(max = PANEL_MEMBERS, message = TOO_MANY)
                        List<@NotBlank(message = REQUIRED) @Chars(max = NAME) String> panelMembers) {
    }

    @Schema(name = "PanelDecision")
    record Decision(@NotNull(message = REQUIRED) PanelDecision decision,
                    @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String reasons) {
    }

    /** Recording a letter as sent carries nothing: the complaint and the letter's name say it all. */
    @Schema(name = "ComplaintLetterSent")
    record LetterSent() {
    }

    @Schema(name = "CloseComplaint")
    record Close(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String rationale) {
    }

    @Schema(name = "WithdrawComplaint")
    record Withdrawal(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }
}
