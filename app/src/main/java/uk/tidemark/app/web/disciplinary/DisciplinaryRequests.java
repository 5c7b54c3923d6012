package uk.tidemark.app.web.disciplinary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.ReferralDecision;
import uk.tidemark.app.web.validation.Chars;

import uk.tidemark.app.web.validation.InDateWindow;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.app.web.validation.NotPast;

import java.time.LocalDate;
import java.time.LocalTime;

import static uk.tidemark.app.web.validation.Limits.*;

/** The bodies of the disciplinary endpoints. Ids are never taken from the client: the API generates them. */
final class DisciplinaryRequests {

    private DisciplinaryRequests() {
    }

    @Schema(name = "OpenDisciplinaryCase")
    record OpenCase(@Schema(description = "May be left out when you belong to one setting.")
                    @Chars(max = NAME) String settingId,
                    @NotBlank(message = REQUIRED) @Chars(max = NAME) String employeeName,
                    @Schema(description = "A teacher's barring decision covers the Teaching Regulation Agency too.")
                    @NotNull(message = REQUIRED) Boolean teacher,
                    @NotNull(message = REQUIRED) Boolean concernsHarmToChildren,
                    @NotBlank(message = REQUIRED) @Chars(max = TEXT) String allegation,
                    @Schema(description = "The employee's own Tidemark username, if they have one: the case is then "
                            + "hidden from them everywhere and they cannot act on it (a headteacher under investigation, "
                            + "say). A user of the case's trust, and not you.")
                    @Chars(max = NAME) String employeeUsername) {
    }

    @Schema(name = "AppointInvestigator")
    record Investigator(@NotBlank(message = REQUIRED) @Chars(max = NAME) String investigator) {
    }

    @Schema(name = "InvestigationFindings")
    record Findings(@NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String findings) {
    }

    @Schema(name = "HearingInvitation")
    record HearingInvitation(@Schema(description = "Today (UK) or later, and at least the policy's notice ahead "
                                     + "(the case refuses a date too soon, 409).")
                             @NotNull(message = REQUIRED) @NotPast LocalDate hearingOn,
                             @Schema(description = "The invitation must state the right to be accompanied (ACAS).")
                             @NotNull(message = REQUIRED) Boolean rightToBeAccompaniedStated,
                             @Schema(description = "The time of the hearing, UK time (HH:mm), for the invitation "
                                     + "letter; may be left out (the letter then says it will be confirmed).",
                                     type = "string", example = "10:30")
                             LocalTime hearingAt,
                             @Schema(description = "Where the hearing is held, for the invitation letter; may be left out.")
                             @Chars(max = NAME) String place) {
    }

    @Schema(name = "HearingHeld")
    record Hearing(@Schema(description = "The colleague or union representative who came; left out if none.")
                   @Chars(max = NAME) String companion,
                   @Schema(description = "The day the hearing was held; left out, today (UK). Not in the future, and "
                           + "not before the day the hearing was set for (400 on heldOn, decision 0047).")
                   @NotFuture LocalDate heldOn) {
    }

    @Schema(name = "DisciplinaryOutcome")
    record Outcome(@NotNull(message = REQUIRED) DisciplinaryOutcome outcome,
                   @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reasons) {
    }

    @Schema(name = "Appeal")
    record Appeal(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String grounds) {
    }

    @Schema(name = "AppealDecision")
    record AppealOutcome(@Schema(description = "In ACAS terms (decision 0047): NOT_UPHELD, the original decision "
                                 + "stands; OVERTURNED, the appeal is upheld and the outcome set aside; VARIED, the "
                                 + "appeal is upheld in part and another outcome replaces it. UPHELD is refused (400): "
                                 + "it once meant that the outcome stands.",
                                 allowableValues = {"NOT_UPHELD", "OVERTURNED", "VARIED"})
                         @NotNull(message = REQUIRED) AppealDecision decision,
                         @Schema(description = "Required for VARIED, refused otherwise.")
                         DisciplinaryOutcome variedOutcome,
                         @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reasons) {
    }

    @Schema(name = "Resignation")
    record Resignation(@NotNull(message = REQUIRED) @InDateWindow LocalDate effectiveOn) {
    }

    @Schema(name = "BarringReferralDecision")
    record BarringDecision(@NotNull(message = REQUIRED) ReferralDecision dbs,
                           @Schema(description = "Required for a teacher, refused otherwise.") ReferralDecision tra,
                           @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reasons) {
    }

    /** Recording a letter as sent carries nothing: the case and the letter's name say it all. */
    @Schema(name = "DisciplinaryLetterSent")
    record LetterSent() {
    }

    @Schema(name = "CloseDisciplinaryCase")
    record Close(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String rationale) {
    }
}
