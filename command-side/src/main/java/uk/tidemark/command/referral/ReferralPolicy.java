package uk.tidemark.command.referral;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.incident.event.ComplaintReferralMade;
import uk.tidemark.kernel.incident.event.DisciplinaryReferralMade;

/**
 * Opens the case an incident's referral asks for: a disciplinary case for a referral to HR, a complaint for a
 * redirection to the complaints procedure. The new case carries the incident's id, and its opener is the DSL who
 * made the referral (the event's actor), as if they had opened it themselves.
 *
 * <p>Events reach it at least once, so it is idempotent: the new case's id comes from the referral, and a case
 * that already exists (the event was redelivered after the command succeeded) counts as done. That is checked in
 * the event store before sending: the command runs inside the processor's unit of work, whose commit comes after
 * this handler returns, so a duplicate stream would otherwise fail the whole batch where no catch here sees it,
 * and the processor would retry the referral for ever. (The catch below remains for a case created in between.) It never runs on a
 * replay or a reset, which would open nothing new anyway. A command the new case refuses is logged and skipped,
 * since sending it again cannot succeed; any other failure propagates ({@link ReferralConfig}), so the
 * processor retries the referral instead of losing it.
 */
@Component
@ProcessingGroup(ReferralPolicy.PROCESSING_GROUP)
@DisallowReplay
public class ReferralPolicy {

    public static final String PROCESSING_GROUP = "referrals";
    private static final Logger log = LoggerFactory.getLogger(ReferralPolicy.class);

    private final CommandGateway commands;
    private final EventStore events;

    public ReferralPolicy(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(DisciplinaryReferralMade referral, @MetaDataValue(Meta.ACTOR) String actor) {
        if (exists(referral.disciplinaryCaseId().value())) {
            return;
        }
        send(new OpenDisciplinaryCase(referral.disciplinaryCaseId(), referral.settingId(), referral.employeeName(),
                referral.personId(), referral.isTeacher(), referral.concernsHarmToChildren(), referral.allegation(),
                referral.incidentId()), actor, "disciplinary case " + referral.disciplinaryCaseId());
    }

    @EventHandler
    void on(ComplaintReferralMade referral, @MetaDataValue(Meta.ACTOR) String actor) {
        if (exists(referral.complaintId().value())) {
            return;
        }
        send(new ReceiveComplaint(referral.complaintId(), referral.settingId(), referral.channel(),
                referral.complainant(), referral.summary(), referral.incidentId()), actor,
                "complaint " + referral.complaintId());
    }

    /** Whether the referral's case was opened already (a redelivered referral). */
    private boolean exists(String caseId) {
        boolean opened = events.readEvents(caseId, 0).hasNext();
        if (opened) {
            log.debug("The referral's case {} already exists; a redelivered referral changes nothing", caseId);
        }
        return opened;
    }

    private void send(Object command, String actor, String opening) {
        MetaData metaData = actor == null ? MetaData.emptyInstance() : MetaData.with(Meta.ACTOR, actor);
        try {
            commands.sendAndWait(new GenericCommandMessage<>(command, metaData));
        } catch (RuntimeException failure) {
            if (causedBy(failure, AggregateStreamCreationException.class)) {
                log.debug("The referral's {} already exists; a redelivered referral changes nothing", opening);
            } else if (causedBy(failure, RefusedCommandException.class)) {
                log.error("The referral's {} was refused and will not be retried: {}", opening, failure.getMessage());
            } else {
                throw failure;
            }
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
