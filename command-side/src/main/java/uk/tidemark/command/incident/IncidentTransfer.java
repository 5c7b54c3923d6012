package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.command.TransferIncident;
import uk.tidemark.kernel.incident.event.IncidentTransferred;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The case's part in a pupil's record transfer (decision 0055), a part of {@link IncidentAggregate}. Within the trust
 * the case moves to the receiving setting: its leads work on it from then on, its deadlines count on their calendar
 * and fall to them until one of them owns it. To a school outside Tidemark the case stays where it is, marked as
 * transferred out; it is not sent out twice.
 */
class IncidentTransfer {

    static final String NAME_THE_TRANSFER = "Say which record transfer sends this case, and where to.";
    static final String ALREADY_HERE = "This case is already at that setting.";
    static final String ALREADY_SENT_OUT = "This case was already transferred to a school outside Tidemark.";

    private final IncidentAggregate incident;
    private String transferredOutTo;

    IncidentTransfer(IncidentAggregate incident) {
        this.incident = incident;
    }

    @CommandHandler
    void handle(TransferIncident command) {
        IncidentTransitions.check(command, incident.state());
        boolean toSetting = command.toSettingId() != null && !command.toSettingId().isBlank();
        boolean toSchool = command.toSchool() != null && !command.toSchool().isBlank();
        if (command.transferId() == null || command.transferId().isBlank() || toSetting == toSchool) {
            throw new RefusedCommandException(NAME_THE_TRANSFER);
        }
        if (toSetting && Objects.equals(command.toSettingId(), incident.settingId())) {
            throw new RefusedCommandException(ALREADY_HERE);
        }
        if (transferredOutTo != null) {
            throw new RefusedCommandException(ALREADY_SENT_OUT);
        }
        apply(new IncidentTransferred(incident.id(), incident.settingId(), toSetting ? command.toSettingId() : null,
                toSetting ? command.toSettingName() : null, toSchool ? command.toSchool().strip() : null, command.transferId()));
    }

    /** Whether the case was sent to a school outside Tidemark. */
    boolean transferredOut() {
        return transferredOutTo != null;
    }

    @EventSourcingHandler
    void on(IncidentTransferred event) {
        if (event.outside()) {
            transferredOutTo = event.toSchool();
        } else {
            incident.movedTo(event.toSettingId());
        }
    }
}
