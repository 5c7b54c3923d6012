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

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
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
