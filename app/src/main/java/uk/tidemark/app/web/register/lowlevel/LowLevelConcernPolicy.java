package uk.tidemark.app.web.register.lowlevel;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import uk.tidemark.kernel.register.RegisterPolicies;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcern;
import uk.tidemark.kernel.lowlevel.command.WithdrawLowLevelConcern;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the low-level concerns register from the triage (KCSIE Part 4): an incident triaged onto the LOW_LEVEL_CONCERN
 * route counts as a concern about each of its staff or volunteer subjects, in the record of that member of staff in
 * the incident's setting; one triaged again onto another route stops counting. Who the subjects are is read from
 * the incident's own stream (the triage event does not carry them). Events reach it at least once: the record counts
 * an incident once, and withdrawing one it never counted changes nothing. It runs in the register policies'
 * processor (one segment, never replayed), which an upgraded installation starts from its first event, so that the
 * concerns triaged before the registers existed are counted too.
 */
@Component
@ProcessingGroup(RegisterPolicies.PROCESSING_GROUP)
@DisallowReplay
class LowLevelConcernPolicy {

    private static final Logger log = LoggerFactory.getLogger(LowLevelConcernPolicy.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int FEW_WORDS = 90;

    private final CommandGateway commands;
    private final EventStore events;
    private final AccountStore accounts;

    LowLevelConcernPolicy(CommandGateway commands, EventStore events, AccountStore accounts) {
        this.commands = commands;
        this.events = events;
        this.accounts = accounts;
    }

    @EventHandler
    void on(IncidentTriaged triaged, @MetaDataValue(Meta.ACTOR) String actor) {
        Incident incident = read(triaged.incidentId().value());
        if (incident.settingId == null) {
            return;
        }
        boolean concern = triaged.allegationRoute() == AllegationRoute.LOW_LEVEL_CONCERN;
        for (Person p : incident.people.values()) {
            if (p.role() == null || !p.role().isWorkforce() || p.involvement() != Involvement.SUBJECT) {
                continue;
            }
            String username = p.username() == null || p.username().isBlank() ? null : p.username();
            LowLevelConcernsId id = LowLevelConcernsId.of(incident.settingId, username, p.name());
            if (concern) {
                send(new RecordLowLevelConcern(id, incident.settingId, p.name(), username,
                        triaged.incidentId().value(), incident.reference, incident.category, incident.on,
                        fewWords(incident.summary), reviewOwner(incident.settingId, username)), actor);
            } else if (events.readEvents(id.value(), 0).hasNext()) {
                send(new WithdrawLowLevelConcern(id, triaged.incidentId().value()), actor);
            }
        }
    }

    /** The setting's headteacher when it has exactly one who is not the member of staff; else nobody in particular. */
    private String reviewOwner(String settingId, String staffUsername) {
        List<Contact> heads = accounts.contactsFor(settingId, EnumSet.of(Role.HEADTEACHER)).stream()
                .filter(c -> !c.username().equals(staffUsername)).toList();
        return heads.size() == 1 ? heads.get(0).username() : null;
    }

    private void send(Object command, String actor) {
        MetaData metaData = actor == null ? MetaData.emptyInstance() : MetaData.with(Meta.ACTOR, actor);
        try {
            Object ignored = commands.sendAndWait(new GenericCommandMessage<>(command, metaData));
        } catch (RuntimeException failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RefusedCommandException) {
                    log.error("A low-level concern was refused and will not be retried: {}", t.getMessage());
                    return;
                }
            }
            throw failure;
        }
    }

    private static String fewWords(String summary) {
        if (summary == null || summary.length() <= FEW_WORDS) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', FEW_WORDS);
        return summary.substring(0, cut > 0 ? cut : FEW_WORDS) + "…";
    }

    /** What the register needs of an incident, as its stream says now. */
    private static final class Incident {
        String settingId;
        String reference;
        Category category;
        LocalDate on;
        String summary;
        final Map<String, Person> people = new LinkedHashMap<>();
    }

    private Incident read(String incidentId) {
        Incident incident = new Incident();
        DomainEventStream stream = events.readEvents(incidentId, 0);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof IncidentLogged logged) {
                incident.settingId = logged.settingId();
                incident.reference = logged.reference();
                incident.category = logged.category();
                incident.on = logged.occurredAt() == null ? null : LocalDate.ofInstant(logged.occurredAt(), UK);
                incident.summary = logged.summary();
                if (logged.people() != null) {
                    logged.people().forEach(p -> incident.people.put(p.personId().value(), p));
                }
            } else if (payload instanceof ReportAmended amended && amended.summaryTo() != null) {
                incident.summary = amended.summaryTo();
            } else if (payload instanceof IncidentReferenceAssigned assigned) {
                incident.reference = assigned.reference();
            } else if (payload instanceof CategoryChanged changed) {
                incident.category = changed.to();
            } else if (payload instanceof PersonAddedToCase added) {
                incident.people.put(added.person().personId().value(), added.person());
            } else if (payload instanceof PersonLinkedToUser linked) {
                incident.people.computeIfPresent(linked.personId().value(), (k, p) -> p.linkedTo(linked.username()));
            } else if (payload instanceof PersonCorrected corrected) {
                incident.people.remove(corrected.before().personId().value());
                incident.people.put(corrected.after().personId().value(), corrected.after());
            }
        }
        return incident;
    }
}
