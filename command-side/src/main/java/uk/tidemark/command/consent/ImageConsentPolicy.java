package uk.tidemark.command.consent;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import uk.tidemark.kernel.register.RegisterPolicies;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.command.EndImageConsent;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.command.NoteOptedOutPupil;
import uk.tidemark.kernel.incident.event.CategoryChanged;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.PersonAddedToCase;
import uk.tidemark.kernel.person.PersonLeftRoster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells an image-consent-breach case which of the pupils it names are on the image consent register with a
 * restriction (issue 18): as the case is logged, as a person is added to it, and as its category becomes a breach of
 * image consent, it reads the case's stream (its setting, its category, the people it names by person id), asks the
 * register of that setting, and sends {@link NoteOptedOutPupil} for each restricted pupil. The case notes each pupil
 * once, so a redelivered event changes nothing; a command the case refuses (not a breach, closed) is skipped.
 * <p>
 * And it keeps the register to the setting's pupils: a pupil who leaves the school list (the MIS import marks them as
 * left) has their entry ended, so that its yearly review is not asked of anyone; a pupil who comes back is started
 * again by the next change of their entry. Runs in the register policies' processor, whose failures are retried, and
 * never on a replay.
 */
@Component
@ProcessingGroup(RegisterPolicies.PROCESSING_GROUP)
@DisallowReplay
public class ImageConsentPolicy {

    private static final Logger log = LoggerFactory.getLogger(ImageConsentPolicy.class);
    /** The note's actor: the register, not a person (never a subject of the case, so never refused as one). */
    static final String ACTOR = "image-consent-register";
    /** Why an entry ends when its pupil leaves the school list. */
    static final String LEFT = "The pupil left the setting: no longer on its school list.";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore events;

    public ImageConsentPolicy(CommandGateway commands, QueryGateway queries, EventStore events) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
    }

    @EventHandler
    void on(IncidentLogged event) {
        if (event.category() == Category.IMAGE_CONSENT_BREACH) {
            check(event.incidentId());
        }
    }

    @EventHandler
    void on(PersonAddedToCase event) {
        if (event.person() != null && event.person().personId() != null) {
            check(event.incidentId());
        }
    }

    @EventHandler
    void on(CategoryChanged event) {
        if (event.to() == Category.IMAGE_CONSENT_BREACH
                || (event.secondaryTo() != null && event.secondaryTo().contains(Category.IMAGE_CONSENT_BREACH))) {
            check(event.incidentId());
        }
    }

    /** A pupil no longer on the setting's list: their entry of that setting, if active, ends. */
    @EventHandler
    void on(PersonLeftRoster event) {
        if (event.rosterId() == null || event.personId() == null) {
            return;
        }
        List<ImageConsentView> entries = queries.query(new FindImageConsents(Set.of(event.rosterId().settingId()),
                Set.of(event.personId().value()), false), ResponseTypes.multipleInstancesOf(ImageConsentView.class))
                .join();
        for (ImageConsentView entry : entries) {
            send(new EndImageConsent(ConsentRecordId.of(entry.id()), LEFT));
        }
    }

    private void check(IncidentId incidentId) {
        String settingId = null;
        boolean breach = false;
        Set<String> people = new LinkedHashSet<>();
        DomainEventStream stream = events.readEvents(incidentId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (payload instanceof IncidentLogged logged) {
                settingId = logged.settingId();
                breach = logged.category() == Category.IMAGE_CONSENT_BREACH;
                logged.people().forEach(p -> add(people, p));
            } else if (payload instanceof PersonAddedToCase added) {
                add(people, added.person());
            } else if (payload instanceof CategoryChanged changed) {
                breach = changed.to() == Category.IMAGE_CONSENT_BREACH || (changed.secondaryTo() != null
                        && changed.secondaryTo().contains(Category.IMAGE_CONSENT_BREACH));
            }
        }
        if (!breach || settingId == null || people.isEmpty()) {
            return;
        }
        List<ImageConsentView> onRegister = queries.query(new FindImageConsents(Set.of(settingId), people, false),
                ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join();
        for (ImageConsentView entry : onRegister) {
            if (entry.allowed() != null && entry.allowed().restricts()) {
                send(new NoteOptedOutPupil(incidentId, PersonId.of(entry.personId()), entry.allowed()));
            }
        }
    }

    private static void add(Set<String> people, Person person) {
        if (person != null && person.personId() != null) {
            people.add(person.personId().value());
        }
    }

    private void send(Object command) {
        MetaData metaData = MetaData.with(Meta.ACTOR, ACTOR);
        try {
            commands.sendAndWait(new GenericCommandMessage<>(command, metaData));
        } catch (RuntimeException failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RefusedCommandException) {
                    log.debug("{} refused: {}", command.getClass().getSimpleName(), t.getMessage());
                    return;
                }
            }
            throw failure;
        }
    }
}
