package uk.tidemark.app.web.transfer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.transfer.event.RecordTransferStarted;

import java.util.Optional;
import java.util.Set;

/**
 * Who may see and act on a record transfer (decision 0055), decided per request from its first event in the event
 * store, so a transfer just made can be acted on at once: the safeguarding leads of the sending setting and of the
 * receiving one, and nobody who is a subject of a case it sent. Anyone else is told it does not exist (404).
 */
@Component
class TransferGate {

    static final String NO_SUCH_TRANSFER = "There is no record transfer with this id that you may see.";
    static final String ONLY_THE_RECEIVER = "Only the safeguarding leads of the receiving setting acknowledge the "
            + "receipt of these records.";
    static final String ONLY_THE_SENDER = "Only the safeguarding leads of the sending setting record the delivery "
            + "and the receiving school's confirmation.";
    static final String ONLY_LEADS = "Records are transferred by the safeguarding leads of the setting.";

    private final EventStore events;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;

    TransferGate(EventStore events, AccessScope scope, ConflictOfInterest conflicts) {
        this.events = events;
        this.scope = scope;
        this.conflicts = conflicts;
    }

    /** @throws ForbiddenException for anyone who is no safeguarding lead */
    void requireLead(TidemarkUser user) {
        if (!AccessScope.isCaseWorker(user)) {
            throw new ForbiddenException(ONLY_LEADS);
        }
    }

    /** The transfer's first event, when the user may see it; the unknown id's 404 otherwise. */
    RecordTransferStarted require(TidemarkUser user, String id) {
        RecordTransferStarted started = started(id).orElseThrow(TransferGate::notFound);
        boolean lead = scope.mayWorkOn(user, started.settingId())
                || started.toSettingId() != null && scope.mayWorkOn(user, started.toSettingId());
        Set<String> hidden = lead ? conflicts.hiddenFrom(user).incidentIds() : Set.of();
        if (!lead || started.caseIds().stream().anyMatch(hidden::contains)) {
            throw notFound();
        }
        return started;
    }

    /** The transfer, when the user may confirm its receipt: the receiving leads, or the sender for an outside school. */
    RecordTransferStarted requireReceiver(TidemarkUser user, String id) {
        RecordTransferStarted started = require(user, id);
        if (started.outside() ? !scope.mayWorkOn(user, started.settingId())
                : !scope.mayWorkOn(user, started.toSettingId())) {
            throw new ForbiddenException(started.outside() ? ONLY_THE_SENDER : ONLY_THE_RECEIVER);
        }
        return started;
    }

    /** The transfer, when the user is a lead of the sending setting. */
    RecordTransferStarted requireSender(TidemarkUser user, String id) {
        RecordTransferStarted started = require(user, id);
        if (!scope.mayWorkOn(user, started.settingId())) {
            throw new ForbiddenException(ONLY_THE_SENDER);
        }
        return started;
    }

    /** The transfer's first event, from the event store; empty for an unknown id or another kind of record. */
    Optional<RecordTransferStarted> started(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        DomainEventStream stream = events.readEvents(id, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        return first.getSequenceNumber() == 0 && first.getPayload() instanceof RecordTransferStarted started
                ? Optional.of(started) : Optional.empty();
    }

    static NotFoundException notFound() {
        return new NotFoundException(NO_SUCH_TRANSFER);
    }
}
