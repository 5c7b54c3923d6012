package uk.tidemark.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.complaint.*;
import uk.tidemark.kernel.complaint.command.*;
import uk.tidemark.kernel.complaint.event.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.complaint.ComplaintState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Ids, commands and events the complaint tests share; every value is fixed so expected events are exact. */
final class ComplaintFixtures {

    static final Map<String, Object> ACTOR = Map.of("actor", "sbm");

    static final ComplaintId ID = ComplaintId.of("complaint-1");
    static final IncidentId INCIDENT = IncidentId.of("incident-7");

    /**
     * Monday 2 March 2026, 09:00 in London (GMT): no bank holiday within four weeks either side, so the
     * matrix's deadlines are plain weekday counts: acknowledge by 9 March, respond by 23 March, panel by 30 March.
     */
    static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    /** The day the complaint is received: the fixture's today, as none is given. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);
    static final LocalDate ACKNOWLEDGE_BY = LocalDate.of(2026, 3, 9);
    static final LocalDate RESPONSE_DUE_BY = LocalDate.of(2026, 3, 23);
    static final LocalDate PANEL_DUE_BY = LocalDate.of(2026, 3, 30);
    static final LocalDate HEARD_ON = LocalDate.of(2026, 3, 2);
    static final List<String> PANEL = List.of("Chair of governors", "Governor B", "Independent member C");
    /** The complaint's deadlines; the user who received it ({@link #ACTOR}) answers for them. */
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.COMPLAINT, "complaint-1", "setting-1");
    static final String OWNER = "sbm";

    private ComplaintFixtures() {
    }

    /** A fixture with the BRIEF.md timescales and the England and Wales calendar, as the Spring config gives. */
    static AggregateTestFixture<ComplaintAggregate> fixture() {
        return fixture(ComplaintTimescales.defaults());
    }

    static AggregateTestFixture<ComplaintAggregate> fixture(ComplaintTimescales timescales) {
        return fixture(timescales, CalendarRegion.ENGLAND_AND_WALES);
    }

    /** The BRIEF.md timescales, and setting-1 counting on the calendar of {@code region}. */
    static AggregateTestFixture<ComplaintAggregate> fixtureIn(CalendarRegion region) {
        return fixture(ComplaintTimescales.defaults(), region);
    }

    private static AggregateTestFixture<ComplaintAggregate> fixture(ComplaintTimescales timescales,
                                                                    CalendarRegion region) {
        AggregateTestFixture<ComplaintAggregate> fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(timescales);
        fixture.registerInjectableResource(WorkingCalendars.shipped().withSettings(settingId -> region));
        fixture.registerInjectableResource(References.FIXED);
        return fixture;
    }

    /** The deadline a timescale sets: due at the end of its last day in London. */
    static DeadlineSet due(DeadlineKind kind, LocalDate lastDay) {
        return DEADLINES.set(kind, "1", WorkingCalendar.endOf(lastDay), OWNER);
    }

    static ReceiveComplaint receive(IncidentId linkedIncident) {
        return new ReceiveComplaint(ID, "setting-1", ComplaintChannel.EMAIL, "Parent D",
                "The school's reply about a class post was unhelpful", linkedIncident);
    }

    static ComplaintReceived received(IncidentId linkedIncident, LocalDate acknowledgeBy) {
        return received(linkedIncident, acknowledgeBy, RECEIVED_ON);
    }

    static ComplaintReceived received(IncidentId linkedIncident, LocalDate acknowledgeBy, LocalDate receivedOn) {
        return new ComplaintReceived(ID, "setting-1", ComplaintChannel.EMAIL, "Parent D",
                "The school's reply about a class post was unhelpful", linkedIncident, acknowledgeBy, "sbm",
                References.REFERENCE, receivedOn);
    }

    static ComplaintReceived received() {
        return received(null, ACKNOWLEDGE_BY);
    }

    static ComplaintAcknowledged acknowledged() {
        return new ComplaintAcknowledged(ID);
    }

    static ResolveInformally resolve() {
        return new ResolveInformally(ID, "Head of year called the parent; post explained");
    }

    static ComplaintResolvedInformally resolvedInformally() {
        return new ComplaintResolvedInformally(ID, "Head of year called the parent; post explained");
    }

    static EscalateToFormalStage escalate() {
        return new EscalateToFormalStage(ID, "Parent not satisfied with the phone call");
    }

    static EscalatedToFormalStage escalated(LocalDate dueBy) {
        return new EscalatedToFormalStage(ID, "Parent not satisfied with the phone call", dueBy);
    }

    static RecordFormalResponse respond() {
        return new RecordFormalResponse(ID, "The post named no pupil", "Policy followed",
                "Write to the clerk to the governors within 10 school days");
    }

    static FormalResponseRecorded responded() {
        return new FormalResponseRecorded(ID, "The post named no pupil", "Policy followed",
                "Write to the clerk to the governors within 10 school days");
    }

    static RequestPanel requestPanel() {
        return new RequestPanel(ID, "Parent disputes the findings");
    }

    static PanelRequested panelRequested(LocalDate dueBy) {
        return new PanelRequested(ID, "Parent disputes the findings", dueBy);
    }

    static RecordPanelHearing hearing(LocalDate heldOn) {
        return new RecordPanelHearing(ID, heldOn, PANEL);
    }

    static PanelHearingRecorded heard() {
        return new PanelHearingRecorded(ID, HEARD_ON, PANEL);
    }

    static RecordPanelDecision decide() {
        return new RecordPanelDecision(ID, PanelDecision.PARTLY_UPHELD, "Reply was slow; post was appropriate");
    }

    static PanelDecisionRecorded decided() {
        return new PanelDecisionRecorded(ID, PanelDecision.PARTLY_UPHELD, "Reply was slow; post was appropriate");
    }

    static CloseComplaint close() {
        return new CloseComplaint(ID, "Complainant informed of the outcome");
    }

    static ComplaintClosed closed() {
        return new ComplaintClosed(ID, "Complainant informed of the outcome");
    }

    static WithdrawComplaint withdraw() {
        return new WithdrawComplaint(ID, "Parent no longer wishes to pursue it");
    }

    static ComplaintWithdrawn withdrawn() {
        return new ComplaintWithdrawn(ID, "Parent no longer wishes to pursue it");
    }

    /** A realistic history that leaves the complaint in {@code state}. */
    static List<Object> history(ComplaintState state) {
        return switch (state) {
            case RECEIVED -> List.of(received());
            case ACKNOWLEDGED -> List.of(received(), acknowledged());
            case INFORMAL -> List.of(received(), acknowledged(), resolvedInformally());
            case FORMAL -> List.of(received(), acknowledged(), escalated(RESPONSE_DUE_BY));
            case RESPONDED -> List.of(received(), acknowledged(), escalated(RESPONSE_DUE_BY), responded());
            case PANEL_REQUESTED -> List.of(received(), acknowledged(), escalated(RESPONSE_DUE_BY), responded(),
                    panelRequested(PANEL_DUE_BY));
            case HEARD -> List.of(received(), acknowledged(), escalated(RESPONSE_DUE_BY), responded(),
                    panelRequested(PANEL_DUE_BY), heard());
            case DECIDED -> List.of(received(), acknowledged(), escalated(RESPONSE_DUE_BY), responded(),
                    panelRequested(PANEL_DUE_BY), heard(), decided());
            case CLOSED -> List.of(received(), acknowledged(), resolvedInformally(), closed());
            case WITHDRAWN -> List.of(received(), withdrawn());
        };
    }
}
