package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.tidemark.app.web.validation.HttpUrl;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.app.web.validation.NotPast;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.AllegationRoute;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.Outcome;
import uk.tidemark.kernel.incident.PoliceReason;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.WarningChannel;
import uk.tidemark.kernel.incident.WarningKind;
import uk.tidemark.kernel.incident.WarningResponse;
import uk.tidemark.app.web.validation.Chars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.tidemark.app.web.validation.Limits.*;

/**
 * The bodies of the actions on a case (BRIEF.md, core JSON contract). Limits: names and references 200
 * characters, reasons and descriptions 4,000, notes and warning texts 10,000. Ids of the records these actions
 * create are never taken from the client: the API generates them.
 */
final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(name = "Triage")
    record Triage(@NotNull(message = REQUIRED) Severity severity,
                  @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason,
                  @Schema(description = "Username of the new owner; left out, the current owner stays "
                          + "(or you take an unowned case).")
                  @Chars(max = NAME) String ownerId,
                  AllegationRoute allegationRoute) {
    }

    @Schema(name = "Assign")
    record Assign(@NotBlank(message = REQUIRED) @Chars(max = NAME) String ownerId,
                  @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "ContentActionTaken")
    record ContentActionTaken(@NotNull(message = REQUIRED) ContentAction action,
                              @Chars(max = NAME) String reference,
                              @Chars(max = TEXT) String note) {
    }

    @Schema(name = "NewNote")
    record NewNote(@NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String text) {
    }

    /**
     * The fields sent with an uploaded file: what it shows (the file's name when not given), when it was taken (the
     * upload's time when not given) and where it was seen.
     */
    @Schema(name = "NewEvidenceFile")
    record NewEvidenceFile(@Chars(max = TEXT) String description, @NotFuture Instant capturedAt,
                           @HttpUrl @Chars(max = URL) String url) {
    }

    @Schema(name = "NewEvidence")
    record NewEvidence(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String description,
                       @NotNull(message = REQUIRED)
                       @Pattern(regexp = "[0-9a-fA-F]{64}",
                               message = "must be the file's SHA-256: 64 characters, using only 0-9 and a-f.")
                       String sha256,
                       @NotNull(message = REQUIRED) @NotFuture Instant capturedAt,
                       @HttpUrl @Chars(max = URL) String url) {
    }

    @Schema(name = "NewWarning")
    record NewWarning(@NotBlank(message = REQUIRED) @Chars(max = NAME) String personId,
                      @NotNull(message = REQUIRED) WarningKind kind,
                      @NotNull(message = REQUIRED) WarningChannel channel,
                      @NotBlank(message = REQUIRED) @Chars(max = LONG_TEXT) String text,
                      @Schema(description = "Today (UK) or later; left out, five working days from today.")
                      @NotPast LocalDate responseDueBy) {
    }

    /** Only what a person can answer; NO_RESPONSE is recorded by the system when the due date passes. */
    enum Reply {
        COMPLIED, REFUSED;

        WarningResponse asResponse() {
            return WarningResponse.valueOf(name());
        }
    }

    @Schema(name = "WarningReply")
    record WarningReply(@NotNull(message = REQUIRED) Reply response,
                        @Chars(max = TEXT) String note) {
    }

    @Schema(name = "PoliceEscalation")
    record PoliceEscalation(@NotNull(message = REQUIRED) PoliceReason reason,
                            @NotBlank(message = REQUIRED) @Chars(max = NAME) String force,
                            @Chars(max = NAME) String crimeReference,
                            @Chars(max = NAME) String officer) {
    }

    @Schema(name = "PoliceUpdate")
    record PoliceUpdate(@NotBlank(message = REQUIRED) @Chars(max = NAME) String status,
                        @NotBlank(message = REQUIRED) @Chars(max = TEXT) String note,
                        @Chars(max = NAME) String crimeReference) {
    }

    @Schema(name = "Referral")
    record Referral(@NotNull(message = REQUIRED) Agency agency,
                    @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason,
                    @Chars(max = NAME) String reference) {
    }

    @Schema(name = "ReferralAcknowledgement")
    record ReferralAcknowledgement(@Schema(description = "The agency's own reference, if they gave one.")
                                   @Chars(max = NAME) String reference,
                                   @Chars(max = TEXT) String note) {
    }

    @Schema(name = "DisciplinaryReferral")
    record DisciplinaryReferral(@Schema(description = "A person on the case who is a SUBJECT with role STAFF.")
                                @NotBlank(message = REQUIRED) @Chars(max = NAME) String personId,
                                @NotNull(message = REQUIRED) Boolean teacher,
                                @NotNull(message = REQUIRED) Boolean concernsHarmToChildren,
                                @Schema(description = "What HR is told: the referral is all of the incident HR sees.")
                                @NotBlank(message = REQUIRED) @Chars(max = TEXT) String allegation) {
    }

    @Schema(name = "ComplaintReferral")
    record ComplaintReferral(@NotNull(message = REQUIRED) ComplaintChannel channel,
                             @NotBlank(message = REQUIRED) @Chars(max = NAME) String complainant,
                             @NotBlank(message = REQUIRED) @Chars(max = TEXT) String summary) {
    }

    @Schema(name = "PersonUser")
    record PersonUser(@Schema(description = "The Tidemark username of this person, a user of the case's trust.")
                      @NotBlank(message = REQUIRED) @Chars(max = NAME) String username) {
    }

    @Schema(name = "NewPersonOnCase")
    record NewPersonOnCase(@NotBlank(message = REQUIRED) @Chars(max = NAME) String name,
                           @NotNull(message = REQUIRED) PersonRole role,
                           @NotNull(message = REQUIRED) Involvement involvement,
                           @Schema(description = "Their Tidemark username, if they are a user of the case's trust; a "
                                   + "user named as a SUBJECT never sees the case again.")
                           @Chars(max = NAME) String username,
                           @Schema(description = "The id of a person already named on a case you can see, when this "
                                   + "is the same person; left out, the person is new.")
                           @Chars(max = NAME) String personId,
                           @Schema(description = "Why they are added (for the chronology).")
                           @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "PersonCorrection", description = "What is corrected (left out: as it was), and why.")
    record PersonCorrection(@Chars(max = NAME) String name, PersonRole role, Involvement involvement,
                            @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "CategoryChange")
    record CategoryChange(@NotNull(message = REQUIRED) Category category,
                          @Schema(description = "One of the trust's own categories under category (left out: "
                                  + "none). The case's own, even if retired since, may be kept.")
                          @Chars(max = 64) String trustCategoryId,
                          @Schema(description = "The other kinds of concern the case is as well, all of them "
                                  + "(empty or left out: none).")
                          @Size(max = 8, message = TOO_MANY) List<@NotNull(message = REQUIRED) Category> secondaryCategories,
                          @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "ReportAmendment", description = "What is amended (left out: as it was), and why.")
    record ReportAmendment(@Chars(max = TEXT) String summary, @NotFuture Instant occurredAt, Platform platform,
                           @NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }

    @Schema(name = "Close")
    record Close(@NotNull(message = REQUIRED) Outcome outcome,
                 @NotBlank(message = REQUIRED) @Chars(max = TEXT) String rationale) {
    }

    @Schema(name = "Reopen")
    record Reopen(@NotBlank(message = REQUIRED) @Chars(max = TEXT) String reason) {
    }
}
