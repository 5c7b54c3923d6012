package uk.tidemark.command.referral;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
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
 * that already exists (the event was redelivered after the command succeeded) counts as done. It never runs on a
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

    public ReferralPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(DisciplinaryReferralMade referral, @MetaDataValue(Meta.ACTOR) String actor) {
        send(new OpenDisciplinaryCase(referral.disciplinaryCaseId(), referral.settingId(), referral.employeeName(),
                referral.personId(), referral.isTeacher(), referral.concernsHarmToChildren(), referral.allegation(),
                referral.incidentId()), actor, "disciplinary case " + referral.disciplinaryCaseId());
    }

    @EventHandler
    void on(ComplaintReferralMade referral, @MetaDataValue(Meta.ACTOR) String actor) {
        send(new ReceiveComplaint(referral.complaintId(), referral.settingId(), referral.channel(),
                referral.complainant(), referral.summary(), referral.incidentId()), actor,
                "complaint " + referral.complaintId());
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
