package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.retention.ContentDestruction;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.incident.RetentionRequests.*;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.validation.Limits;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.command.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Records governance on a case (decision 0052): destruction asked for by one safeguarding lead or headteacher of the
 * case's setting and confirmed by another, a legal hold, and keeping a case beyond its retention review. As every
 * case action: the body checked first (400), the user a lead of the case's setting (404 otherwise, 403 for its
 * reporter), the command sent with the client's If-Match, and the case's refusal a 409 with its sentence. 204.
 */
@RestController
@RequestMapping("/api/incidents/{id}")
@Tag(name = "Incidents")
class RetentionController {

    static final String JSON = IncidentActionController.JSON;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final IncidentAccess access;
    private final IncidentActing acting;
    private final CaseCommands commands;
    private final ContentDestruction destruction;

    RetentionController(IncidentAccess access, IncidentActing acting, CaseCommands commands,
                        ContentDestruction destruction) {
        this.access = access;
        this.acting = acting;
        this.commands = commands;
        this.destruction = destruction;
    }

    @PostMapping(path = "/destruction", consumes = JSON)
    @Operation(summary = "Ask for the closed case's personal content to be destroyed now (at its retention review, "
            + "or on an accepted request for erasure: ground). Another lead confirms. 204; 409 while a legal hold "
            + "is placed, on an open case, or when already asked.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "destruction", command = RequestDestruction.class,
            done = "Destruction is asked for. Another safeguarding lead or the headteacher confirms it.",
            labels = {"reason=Reason", "ground=Ground"})
    void requestDestruction(@PathVariable String id, @Valid @RequestBody DestructionRequest body,
                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        acting.send(user, id, ifMatch, origin -> new RequestDestruction(IncidentId.of(id), body.ground(),
                body.reason()));
    }

    @PostMapping(path = "/destruction/confirmation", consumes = JSON)
    @Operation(summary = "Confirm the destruction another lead asked for: the case's data key is destroyed in the "
            + "same transaction as the event that records it, and its personal content reads back erased "
            + "everywhere. 204; 409 when nothing was asked, when you asked yourself, or while a legal hold is placed.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "confirmation", command = ConfirmDestruction.class,
            done = "The case's personal content is destroyed.")
    void confirmDestruction(@PathVariable String id, @Valid @RequestBody DestructionConfirmation body,
                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        access.requireActionable(user, id);
        // the case answers the ground it was asked on, and the key is destroyed on it in the same transaction
        destruction.destroy(id, () -> commands.ask(new ConfirmDestruction(IncidentId.of(id), null), expected));
    }

    @PostMapping(path = "/legal-hold", consumes = JSON)
    @Operation(summary = "Place a legal hold (a police investigation, a claim): nothing is destroyed until it is "
            + "lifted; the retention review stays set. 204; 409 when already held.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "legalHold", command = PlaceLegalHold.class, done = "The legal hold is placed.",
            labels = {"reason=Reason"})
    void placeHold(@PathVariable String id, @Valid @RequestBody LegalHold body,
                   @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                   @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        acting.send(user, id, ifMatch, origin -> new PlaceLegalHold(IncidentId.of(id), body.reason()));
    }

    @DeleteMapping(path = "/legal-hold", consumes = JSON)
    @Operation(summary = "Lift the legal hold, with the reason in a JSON body {reason} (a body, not the address, "
            + "so the reason stays out of access logs). 204; 409 when the case is not held.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void liftHold(@PathVariable String id, @Valid @RequestBody(required = false) LegalHoldLift body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        // a DELETE often comes without a body: the case is found (or not: 404) before its missing reason is a 400
        access.requireActionable(user, id);
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", Limits.REQUIRED)));
        }
        acting.send(user, id, ifMatch, origin -> new LiftLegalHold(IncidentId.of(id), body.reason()));
    }

    @PostMapping(path = "/retention", consumes = JSON)
    @Operation(summary = "Keep the closed case beyond its retention review, until a later date, with a reason: the "
            + "review is met and a new one falls due then. 204; 400 for a date not after today; 409 for one not "
            + "after the review already set, or on an open case.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "retention", command = ExtendRetention.class, done = "The case is kept longer.",
            labels = {"until=Keep it until", "reason=Reason"})
    void extend(@PathVariable String id, @Valid @RequestBody RetentionExtension body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!body.until().isAfter(LocalDate.now(LONDON))) {
            throw new InvalidRequestException(List.of(new FieldProblem("until", "must be a date after today.")));
        }
        acting.send(user, id, ifMatch, origin -> new ExtendRetention(IncidentId.of(id), body.until(), body.reason()));
    }
}
