package uk.tidemark.app.demo;

import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.complaint.command.CloseComplaint;
import uk.tidemark.kernel.complaint.command.EscalateToFormalStage;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.command.RecordFormalResponse;
import uk.tidemark.kernel.complaint.command.RecordPanelDecision;
import uk.tidemark.kernel.complaint.command.RecordPanelHearing;
import uk.tidemark.kernel.complaint.command.RequestPanel;
import uk.tidemark.kernel.complaint.command.ResolveInformally;
import uk.tidemark.kernel.complaint.command.WithdrawComplaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One fictional complaint received directly (one redirected from an incident starts from the incident:
 * {@link DemoCase#redirectToComplaint}). It is received {@code daysAgo} days before seeding, and each later step is
 * office work on a weekday, {@code onDay} days after that:
 * <pre>{@code
 * complaint(RIVERSIDE).receivedBy("dsl").daysAgo(30).via(EMAIL).from("...").summary("...")
 *     .onDay(1).acknowledged().onDay(6).resolvedInformally("...")
 * }</pre>
 * Whether a timescale is met or missed follows from the dates, as it would for a real complaint: a complaint
 * received a fortnight ago and never acknowledged has missed its acknowledgement when the demo starts.
 */
final class DemoComplaint implements DemoStory {

    private record PendingStep(String actor, String what, int day, Function<Planning, Object> factory) {
    }

    private static final class Planning {
        final ComplaintId id = ComplaintId.random();
        /** The UK date of the step being made. */
        LocalDate date;
    }

    private final String settingId;
    private String receiver;
    private String actor;
    private int daysAgo = 1;
    private ComplaintChannel channel = ComplaintChannel.EMAIL;
    private String complainant;
    private String summary;
    private int day;
    private final List<PendingStep> steps = new ArrayList<>();

    private DemoComplaint(String settingId) {
        this.settingId = settingId;
        this.receiver = DemoOrganisation.defaultCaseWorker(settingId);
        this.actor = receiver;
    }

    static DemoComplaint complaint(String settingId) {
        return new DemoComplaint(settingId);
    }

    @Override
    public String kind() {
        return "complaint";
    }

    @Override
    public String label() {
        return settingId + ", " + channel;
    }

    String settingId() {
        return settingId;
    }

    // ---- the complaint as received ----

    /** Recorded by {@code username}, who answers for its timescales and takes the following steps unless told. */
    DemoComplaint receivedBy(String username) {
        this.receiver = username;
        this.actor = username;
        return this;
    }

    DemoComplaint daysAgo(int days) {
        this.daysAgo = Math.max(1, days);
        return this;
    }

    DemoComplaint via(ComplaintChannel value) {
        this.channel = value;
        return this;
    }

    DemoComplaint from(String name) {
        this.complainant = name;
        return this;
    }

    DemoComplaint summary(String text) {
        this.summary = text;
        return this;
    }

    // ---- who acts, and when ----

    /** The following steps are taken by {@code username}. */
    DemoComplaint by(String username) {
        this.actor = username;
        return this;
    }

    /** The following steps happen {@code days} after the complaint was received (moved off a weekend). */
    DemoComplaint onDay(int days) {
        this.day = days;
        return this;
    }

    // ---- the stages ----

    DemoComplaint acknowledged() {
        return step("acknowledgement", p -> new AcknowledgeComplaint(p.id));
    }

    DemoComplaint resolvedInformally(String outcome) {
        return step("informal resolution", p -> new ResolveInformally(p.id, outcome));
    }

    DemoComplaint formalStage(String reason) {
        return step("formal stage", p -> new EscalateToFormalStage(p.id, reason));
    }

    DemoComplaint formalResponse(String findings, String reasons, String howToEscalate) {
        return step("formal response", p -> new RecordFormalResponse(p.id, findings, reasons, howToEscalate));
    }

    DemoComplaint panelRequested(String reason) {
        return step("panel request", p -> new RequestPanel(p.id, reason));
    }

    /** The panel met on the day of this step. */
    DemoComplaint panelHearing(List<String> members) {
        return step("panel hearing", p -> new RecordPanelHearing(p.id, p.date, List.copyOf(members)));
    }

    DemoComplaint panelDecision(PanelDecision decision, String reasons) {
        return step("panel decision", p -> new RecordPanelDecision(p.id, decision, reasons));
    }

    DemoComplaint close(String rationale) {
        return step("close", p -> new CloseComplaint(p.id, rationale));
    }

    DemoComplaint withdrawn(String reason) {
        return step("withdrawal", p -> new WithdrawComplaint(p.id, reason));
    }

    // ---- planning ----

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        if (complainant == null || summary == null) {
            throw new IllegalStateException("A demo complaint needs a complainant and a summary");
        }
        Planning planning = new Planning();
        LocalDate receivedOn = OfficeHours.daysBefore(now, daysAgo);
        List<Step> planned = new ArrayList<>();
        Instant at = OfficeHours.at(receivedOn, 0, null, now);
        planned.add(new Step(receiver, new ReceiveComplaint(planning.id, settingId, channel, complainant, summary,
                null), "receipt", at));
        int index = 1;
        for (PendingStep step : steps) {
            at = OfficeHours.at(OfficeHours.weekdayFrom(receivedOn.plusDays(step.day())), index++, at, now);
            planning.date = OfficeHours.dateOf(at);
            planned.add(new Step(step.actor(), step.factory().apply(planning), step.what(), at));
        }
        return planned;
    }

    private DemoComplaint step(String what, Function<Planning, Object> factory) {
        steps.add(new PendingStep(actor, what, day, factory));
        return this;
    }
}
