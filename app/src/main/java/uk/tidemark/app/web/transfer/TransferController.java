package uk.tidemark.app.web.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.transfer.TransferId;
import uk.tidemark.kernel.transfer.command.ConfirmTransferReceipt;
import uk.tidemark.kernel.transfer.command.RecordTransferDelivery;
import uk.tidemark.kernel.transfer.event.RecordTransferStarted;
import uk.tidemark.kernel.transfer.query.FindRecordTransfer;
import uk.tidemark.kernel.transfer.query.FindRecordTransfers;
import uk.tidemark.kernel.transfer.query.RecordTransferView;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Record transfer with receipt (KCSIE, decision 0055): a pupil's child protection file sent to another setting of
 * the trust (the cases move there) or to a school outside Tidemark (the cases stay, marked as transferred out), with
 * a RECORD_TRANSFER deadline 5 school days from the pupil's start, met by the receipt.
 */
@RestController
@Tag(name = "Record transfers", description = "A pupil's records sent to their new school, and the receipt")
class TransferController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final TransferGate gate;
    private final Transfers transfers;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ReadAudit reads;

    TransferController(TransferGate gate, Transfers transfers, CaseCommands commands, AccessScope scope,
                       QueryGateway queries, ReadAudit reads) {
        this.gate = gate;
        this.transfers = transfers;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.reads = reads;
    }

    /** The new transfer and its deadline. */
    record Created(String id, DeadlineKind deadlineKind, LocalDate dueOn) {
    }

    @PostMapping(path = "/api/people/{personId}/transfers", consumes = JSON)
    @Operation(summary = "Transfer a pupil's records to another setting of the trust (toSettingId) or to a school "
            + "outside Tidemark (toSchool): 201 with Location and {id, deadlineKind, dueOn}, the RECORD_TRANSFER "
            + "deadline 5 school days after startDate. Every case the directory names the pupil on in the sending "
            + "setting is sent. 400 naming the fields; 403 for anyone but a safeguarding lead; 404 for a person you "
            + "may not see; 409 when a case cannot be sent.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "A case of the pupil refuses to be sent (its content was "
            + "erased); the detail says why.")
    ResponseEntity<Created> start(@PathVariable String personId, @Valid @RequestBody TransferRequests.Start body,
                                  BindingResult binding,
                                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        RecordTransferStarted started = transfers.start(user, personId, body, binding);
        return ResponseEntity.created(URI.create("/api/transfers/" + started.transferId().value()))
                .body(new Created(started.transferId().value(), DeadlineKind.RECORD_TRANSFER, started.dueOn()));
    }

    @GetMapping("/api/transfers")
    @Operation(summary = "The record transfers into and out of your settings, the latest first. 403 for anyone but "
            + "a safeguarding lead.")
    @CaseDataRead
    List<RecordTransferView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        gate.requireLead(user);
        Set<String> settings = scope.settingIdsOf(user).stream().filter(s -> scope.mayWorkOn(user, s))
                .collect(Collectors.toSet());
        List<RecordTransferView> found = transfers.visible(user, queries.query(new FindRecordTransfers(settings),
                ResponseTypes.multipleInstancesOf(RecordTransferView.class)).join());
        reads.recordCases(user, found.stream().map(v -> new ReadAudit.CaseShown(CaseType.RECORD_TRANSFER, v.id(),
                v.settingId())).toList(), Map.of("view", "RECORD_TRANSFER_LIST"));
        return found;
    }

    @GetMapping("/api/transfers/{id}")
    @Operation(summary = "A record transfer: what was sent, when, by whom, and where the receipt stands; with an "
            + "ETag. 404 for one you may not see.")
    @CaseDataRead
    ResponseEntity<RecordTransferView> get(@PathVariable String id,
                                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        RecordTransferStarted started = gate.require(user, id);
        RecordTransferView view = find(id);
        reads.record(user, CaseType.RECORD_TRANSFER, id, started.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(view);
    }

    @PostMapping(path = "/api/transfers/{id}/delivery", consumes = JSON)
    @Operation(summary = "For a school outside Tidemark: record how and when the file was delivered, and the case "
            + "bundle's id if one was made. 204; 400 naming the fields; 403 for the receiving setting; 409 within "
            + "the trust or once recorded.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delivery(@PathVariable String id, @Valid @RequestBody TransferRequests.Delivery body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        gate.requireSender(user, id);
        commands.send(new RecordTransferDelivery(TransferId.of(id), body.how().strip(), body.deliveredOn(),
                body.bundleId()), expected);
    }

    @PostMapping(path = "/api/transfers/{id}/receipt", consumes = JSON)
    @Operation(summary = "Confirm the receipt, which meets the RECORD_TRANSFER deadline: within the trust a lead of "
            + "the receiving setting acknowledges it ({}); for a school outside Tidemark the sender records who "
            + "there confirmed it and how. 204; 400 naming the fields; 403 for the other setting; 409 once confirmed "
            + "or before an outside school's delivery.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void receipt(@PathVariable String id, @Valid @RequestBody(required = false) TransferRequests.Receipt body,
                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                 @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        RecordTransferStarted started = gate.requireReceiver(user, id);
        TransferRequests.Receipt given = body == null ? new TransferRequests.Receipt(null, null, null) : body;
        if (started.outside()) {
            transfers.requireConfirmation(given);
        }
        commands.send(new ConfirmTransferReceipt(TransferId.of(id), given.confirmedBy(), given.how(),
                given.receivedOn()), expected);
    }

    private RecordTransferView find(String id) {
        return queries.query(new FindRecordTransfer(TransferId.of(id)),
                        ResponseTypes.optionalInstanceOf(RecordTransferView.class)).join()
                .orElseThrow(() -> new NotFoundException(TransferGate.NO_SUCH_TRANSFER));
    }
}
