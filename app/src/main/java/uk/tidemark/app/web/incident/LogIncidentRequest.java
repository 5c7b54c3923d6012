package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.tidemark.app.web.validation.HttpUrl;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.app.web.validation.Chars;

import java.time.Instant;
import java.util.List;

import static uk.tidemark.app.web.validation.Limits.*;

/**
 * {@code POST /api/incidents}. There is deliberately no reporter field: the reporter is the signed-in user, and
 * the strict mapper answers 400 to a body that tries to name one.
 */
@Schema(name = "LogIncident")
record LogIncidentRequest(
        @Schema(description = "May be left out when you belong to exactly one setting.")
        @Chars(max = 64) String settingId,
        @NotNull(message = REQUIRED) Category category,
        @Schema(description = "One of the trust's own categories (GET /api/categories), under category; may be left "
                + "out. Reports count the case by category (decision 0041).")
        @Chars(max = 64) String trustCategoryId,
        @NotNull(message = REQUIRED) Platform platform,
        @NotNull(message = REQUIRED) @NotFuture Instant occurredAt,
        @NotBlank(message = REQUIRED) @Chars(max = TEXT)
        String summary,
        @Schema(description = "Up to 20 http(s) addresses; may be left out.")
        @Size(max = LINKS, message = TOO_MANY)
        List<@NotBlank(message = REQUIRED) @HttpUrl
        @Chars(max = URL) String> links,
        @Schema(description = "Up to 50 people; may be left out.")
        @Size(max = PEOPLE, message = TOO_MANY) List<@NotNull(message = REQUIRED) @Valid PersonRequest> people,
        @NotNull(message = REQUIRED) Boolean immediateRisk) {

    @Schema(name = "PersonOnCase")
    record PersonRequest(
            @Schema(description = "Required for a new person; for one named by personId, left out to use the name "
                    + "the roster or their cases give.")
            @Chars(max = NAME)
            String name,
            @Schema(description = "Required for a new person; for one named by personId, left out to use the role "
                    + "the roster or their latest case gives.")
            PersonRole role,
            @NotNull(message = REQUIRED) Involvement involvement,
            @Schema(description = "The person's Tidemark username, if they are a user of this trust; may be left "
                    + "out. A user named as a SUBJECT never sees the case (conflict of interest).")
            @Chars(max = NAME) String username,
            @Schema(description = "The id of a person already named on a case you can see, or of a person on the "
                    + "setting's roster (GET /api/roster), to say this is the same person (their chronology then spans "
                    + "both cases); left out, the person is new.")
            @Chars(max = NAME) String personId) {
    }
}
