package uk.tidemark.app.web.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.BindingResult;
import uk.tidemark.app.notify.NewReports;
import uk.tidemark.app.notify.NotificationPreferences;
import uk.tidemark.app.web.problem.FieldProblems;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.app.notify.NotificationInbox;
import uk.tidemark.app.notify.NotificationKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in user's own notifications. Anyone signed in may call it and sees only their own; someone else's
 * notification id answers the same 404 as an unknown one.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Your inbox: immediate-risk reports, missed deadlines and "
        + "role changes waiting for confirmation")
class NotificationController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final String NO_SUCH_NOTIFICATION = "There is no notification with this id.";

    private final NotificationInbox inbox;
    private final NotificationPreferences preferences;

    NotificationController(NotificationInbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    /** What you are told about besides immediate risk and missed deadlines (decision 0044). */
    @Schema(name = "NotificationPreferences")
    record Preferences(@Schema(description = "Every new report of your settings, not only those of a child at "
            + "immediate risk: OFF (the default), IN_APP (an inbox entry) or EMAIL (an inbox entry and an e-mail).")
                       @NotNull(message = "is required.") NewReports newReports) {
    }

    @GetMapping("/preferences")
    @Operation(summary = "Whether you are told about every new report (OFF, IN_APP or EMAIL).")
    Preferences preferences(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return new Preferences(preferences.newReports(user.getUsername()));
    }

    @PutMapping(path = "/preferences", consumes = "application/json")
    @Operation(summary = "Choose whether you are told about every new report: OFF, IN_APP or EMAIL (an e-mail too, "
            + "when e-mail is configured and your account has an address). 200 with the choice; 400 naming "
            + "newReports when it is missing or not one of these.")
    Preferences choose(@Valid @RequestBody Preferences body, BindingResult binding,
                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (binding.hasErrors()) {
            throw new InvalidRequestException(FieldProblems.of(binding));
        }
        preferences.setNewReports(user.getUsername(), body.newReports());
        return preferences(user);
    }

    /** @param link the page a notification about no case leads to (a role change); left out for a case's */
    record NotificationView(String notificationId, NotificationKind kind, CaseType caseType, String caseId,
                            String text, Instant createdAt, Instant readAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String link,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String caseReference) {
    }

    @GetMapping
    @Operation(summary = "Your notifications, newest first; unread=true for the unread ones only.")
    List<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldProblem("page", "must be 0 or more."));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return inbox.of(user.getUsername(), unread, page, size).stream()
                .map(d -> new NotificationView(d.id, d.kind, d.caseType, d.caseId, d.text, d.createdAt, d.readAt,
                        d.link, d.caseReference))
                .toList();
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of your notifications read. 204, also when it was read before; 404 for an "
            + "unknown id and for someone else's.")
    void markRead(@PathVariable String id, @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!inbox.markRead(id, user.getUsername(), Instant.now())) {
            throw new NotFoundException(NO_SUCH_NOTIFICATION);
        }
    }
}
