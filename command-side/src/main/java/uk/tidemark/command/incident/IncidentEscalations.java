package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.command.AcknowledgeReferral;
import uk.tidemark.kernel.incident.command.EscalateToPolice;
import uk.tidemark.kernel.incident.command.RecordPoliceUpdate;
import uk.tidemark.kernel.incident.command.RedirectToComplaint;
import uk.tidemark.kernel.incident.command.ReferToAgency;
import uk.tidemark.kernel.incident.command.ReferToDisciplinary;
import uk.tidemark.kernel.incident.event.ComplaintReferralMade;
import uk.tidemark.kernel.incident.event.DisciplinaryReferralMade;
import uk.tidemark.kernel.incident.event.EscalatedToPolice;
import uk.tidemark.kernel.incident.event.PoliceUpdateRecorded;
import uk.tidemark.kernel.incident.event.ReferralAcknowledged;
import uk.tidemark.kernel.incident.event.ReferredToAgency;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.LADO_REFERRAL;
import static uk.tidemark.kernel.deadline.DeadlineKind.REFERRAL_FOLLOW_UP;

/**
 * What an incident case hands on: the escalation to the police and its updates; referrals to agencies with their
 * acknowledgements, each followed up within one working day; a member of staff referred to HR's disciplinary
 * process, and a matter redirected to the complaints procedure. A part of {@link IncidentAggregate} (an Axon
 * aggregate member): the case's transition table still decides first.
 */
class IncidentEscalations {

    /** Working days an agency has to acknowledge a referral. */
    static final int ONE_WORKING_DAY = 1;

    private final IncidentAggregate incident;
    private final CaseDeadlines deadlines;
    private boolean escalatedToPolice;
    private boolean referredToLado;
    private final Set<String> referrals = new HashSet<>();
    private final Set<String> acknowledgedReferrals = new HashSet<>();

    IncidentEscalations(IncidentAggregate incident, CaseDeadlines deadlines) {
        this.incident = incident;
        this.deadlines = deadlines;
    }

    /** Whether the case was referred to the LADO: a harm-threshold allegation cannot close without it. */
    boolean referredToLado() {
        return referredToLado;
    }

    @CommandHandler
    void handle(EscalateToPolice command) {
        IncidentTransitions.check(command, incident.state());
        if (escalatedToPolice) {
            throw ALREADY_ESCALATED_TO_POLICE.violation();
        }
        apply(new EscalatedToPolice(incident.id(), command.escalationId(), command.reason(), command.force(),
                command.crimeReference(), command.officer()));
    }

    @CommandHandler
    void handle(RecordPoliceUpdate command) {
        IncidentTransitions.check(command, incident.state());
        if (!escalatedToPolice) {
            throw POLICE_UPDATE_NEEDS_ESCALATION.violation();
        }
        apply(new PoliceUpdateRecorded(incident.id(), command.updateId(), command.status(), command.note(),
                command.crimeReference()));
    }

    @CommandHandler
    void handle(ReferToAgency command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, incident.state());
        apply(new ReferredToAgency(incident.id(), command.referralId(), command.agency(), command.reason(),
                command.reference()));
        if (command.agency() == Agency.LADO) {
            deadlines.meet(LADO_REFERRAL, IncidentAggregate.ONLY);
        }
        deadlines.set(deadlineManager, REFERRAL_FOLLOW_UP, command.referralId(),
                incident.calendar(calendars).endOfWorkingDaysAfter(IncidentAggregate.now(), ONE_WORKING_DAY));
    }

    @CommandHandler
    void handle(AcknowledgeReferral command) {
        IncidentTransitions.check(command, incident.state());
        if (!referrals.contains(command.referralId())) {
            throw NO_SUCH_REFERRAL.violation();
        }
        if (acknowledgedReferrals.contains(command.referralId())) {
            throw REFERRAL_ALREADY_ACKNOWLEDGED.violation();
        }
        apply(new ReferralAcknowledged(incident.id(), command.referralId(), command.reference(), command.note()));
        deadlines.meet(REFERRAL_FOLLOW_UP, command.referralId());
    }

    @CommandHandler
    void handle(ReferToDisciplinary command) {
        IncidentTransitions.check(command, incident.state());
        Person person = incident.person(command.personId());
        if (person == null || person.involvement() != Involvement.SUBJECT || person.role() != PersonRole.STAFF) {
            throw DISCIPLINARY_REFERRAL_NAMES_A_STAFF_SUBJECT.violation();
        }
        apply(new DisciplinaryReferralMade(incident.id(), command.disciplinaryCaseId(), incident.settingId(),
                person.personId(), person.name(), command.isTeacher(), command.concernsHarmToChildren(),
                command.allegation()));
    }

    @CommandHandler
    void handle(RedirectToComplaint command) {
        IncidentTransitions.check(command, incident.state());
        apply(new ComplaintReferralMade(incident.id(), command.complaintId(), incident.settingId(), command.channel(),
                command.complainant(), command.summary()));
    }

    @EventSourcingHandler
    void on(EscalatedToPolice event) {
        escalatedToPolice = true;
    }

    @EventSourcingHandler
    void on(ReferredToAgency event) {
        referredToLado |= event.agency() == Agency.LADO;
        referrals.add(event.referralId());
    }

    @EventSourcingHandler
    void on(ReferralAcknowledged event) {
        acknowledgedReferrals.add(event.referralId());
    }
}
