package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.ops.DeadLetters;
import uk.tidemark.app.refusal.NotFoundException;

import java.util.List;

/**
 * What the read-model processors have parked in their dead-letter queues, and retrying it once the cause is fixed
 * (docs/decisions/0020-failure.md). Administrators only (SecurityConfig: /api/admin/**). The answers name the
 * processing group, the case id, how many events wait and the class of the exception; never an event's content, the
 * exception's message or anything else that could carry case data, which an administrator must not see.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration")
class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "The cases whose events are parked in a read-model processor's dead-letter queue: "
            + "processing group, case id, number of events, the failure's exception class and when it was parked.")
    List<DeadLetters.ParkedCase> list() {
        return deadLetters.list();
    }

    @PostMapping("/{name}/retry")
    @Operation(summary = "Retry every parked case of a processing group (after the cause is fixed): each case's events "
            + "go through the group's projections again, oldest first, and leave the queue when all succeed. 200 with "
            + "how many cases were retried, went through and are still parked; 404 for a group without a queue.")
    DeadLetters.RetryOutcome retry(@PathVariable String name) {
        return deadLetters.retry(name)
                .orElseThrow(() -> new NotFoundException("There is no dead-letter queue for that processing group."));
    }
}
