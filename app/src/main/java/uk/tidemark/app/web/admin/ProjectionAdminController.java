package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.ops.ProjectionRebuilds;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.problem.ProblemAnswer;

import java.util.Comparator;
import java.util.List;

/**
 * Rebuilding the read models from the event store: the processor stops, its tokens are reset (which calls
 * each projection's reset handler, emptying its collections) and it starts again from the first event. With several
 * instances, ProjectionRebuilds has the others stop it meanwhile (RebuildCoordinator, decision 0019).
 * Administrators only (see SecurityConfig); the answers carry no case data.
 */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(EventProcessingConfiguration processing, ProjectionRebuilds rebuilds) {
        this.processing = processing;
        this.rebuilds = rebuilds;
    }

    record ProjectionStatus(String name, boolean running, boolean replaying, int segmentsClaimed) {
    }

    @GetMapping
    @Operation(summary = "The read-model processors and whether they are running or replaying.")
    List<ProjectionStatus> list() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> status((StreamingEventProcessor) p))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    @PostMapping("/{name}/rebuild")
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "A rebuild of it is already being set up elsewhere, or another "
            + "instance still holds one of its segments: nothing was reset.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a processor's read models from the first event. 202; the replay runs in the "
            + "background, its progress is logged and published as tidemark_projection_rebuild_progress, and the "
            + "list shows replaying=true until it has caught up. With several instances the others stop the processor "
            + "while its tokens are reset and start it again afterwards; 409 (nothing reset, the processor running as "
            + "before) when a rebuild of it is already being set up elsewhere, or another instance still holds one of "
            + "its segments after tidemark.projections.rebuild-wait.")
    ProjectionStatus rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = rebuilds.rebuildable(name)
                .orElseThrow(() -> new NotFoundException("There is no read-model processor of that name."));
        rebuilds.rebuild(processor);
        return status(processor);
    }

    private static ProjectionStatus status(StreamingEventProcessor p) {
        return new ProjectionStatus(p.getName(), p.isRunning(), p.isReplaying(), p.processingStatus().size());
    }
}
