package uk.tidemark.app.demo;

import uk.tidemark.app.demo.DemoCaseScript.StepFactory;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.AllegationRoute;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Outcome;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.PoliceReason;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.WarningChannel;
import uk.tidemark.kernel.incident.WarningId;
import uk.tidemark.kernel.incident.WarningKind;
import uk.tidemark.kernel.incident.WarningResponse;
import uk.tidemark.kernel.incident.command.AcknowledgeReferral;
import uk.tidemark.kernel.incident.command.AddNote;
import uk.tidemark.kernel.incident.command.AssignIncident;
import uk.tidemark.kernel.incident.command.CloseIncident;
import uk.tidemark.kernel.incident.command.EscalateToPolice;
import uk.tidemark.kernel.incident.command.IssueWarning;
import uk.tidemark.kernel.incident.command.RecordContentAction;
import uk.tidemark.kernel.incident.command.RecordEvidence;
import uk.tidemark.kernel.incident.command.RecordPoliceUpdate;
import uk.tidemark.kernel.incident.command.RecordWarningResponse;
import uk.tidemark.kernel.incident.command.RedirectToComplaint;
import uk.tidemark.kernel.incident.command.ReferToAgency;
import uk.tidemark.kernel.incident.command.ReferToDisciplinary;
import uk.tidemark.kernel.incident.command.ReopenIncident;
import uk.tidemark.kernel.incident.command.TriageIncident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One fictional case written as it happened: who reported what, then each step a case worker took, in order.
 * Nothing is sent here; {@link #plan} turns the story into commands with fresh ids and dates relative to the
 * seeding time, so that the demo always looks recent. This is the vocabulary scenario code writes with; what it
 * writes is kept, and planned, by {@link DemoCaseScript}. Scenario code reads as a list:
 * <pre>{@code
 * demoCase(RIVERSIDE).reportedBy("staff").daysAgo(40).category(CYBERBULLYING).on(SNAPCHAT)
 *     .summary("...").subject("Pupil A (Year 6)", PUPIL).target("Pupil B (Year 6)", PUPIL)
 *     .triage(MEDIUM, "...").onDay(2).warn("Pupil A (Year 6)", VERBAL, MEETING, "...").complied("...")
 *     .close(RESOLVED_INFORMALLY, "...")
 * }</pre>
 */
final class DemoCase implements DemoStory {

    private final String settingId;
    private final DemoCaseScript script;

    private DemoCase(String settingId) {
        this.settingId = settingId;
        this.script = new DemoCaseScript(settingId, DemoOrganisation.defaultCaseWorker(settingId));
    }

    static DemoCase demoCase(String settingId) {
        return new DemoCase(settingId);
    }

    @Override
    public String kind() {
        return "case";
    }

    @Override
    public String label() {
        return settingId + ", " + script.category;
    }

    String settingId() {
        return settingId;
    }

    Category category() {
        return script.category;
    }

    // ---- the report ----

    DemoCase reportedBy(String username) {
        script.reporter = username;
        return this;
    }

    /** It happened {@code days} (at least 1) days before seeding, at a plausible time of day. */
    DemoCase daysAgo(int days) {
        script.daysAgo = Math.max(1, days);
        script.hoursAgo = null;
        return this;
    }

    /** It happened {@code hours} before seeding: a fresh report. */
    DemoCase hoursAgo(int hours) {
        script.hoursAgo = Duration.ofHours(hours);
        return this;
    }

    DemoCase category(Category value) {
        script.category = value;
        return this;
    }

    DemoCase on(Platform value) {
        script.platform = value;
        return this;
    }

    DemoCase summary(String text) {
        script.summary = text;
        return this;
    }

    DemoCase link(String url) {
        script.links.add(url);
        return this;
    }

    DemoCase subject(String name, PersonRole role) {
        return subject(name, role, null);
    }

    /** A subject who is the demo user {@code username}: the case is hidden from them (conflict of interest). */
    DemoCase subject(String name, PersonRole role, String username) {
        script.name(name, role, Involvement.SUBJECT, username);
        return this;
    }

    DemoCase target(String name, PersonRole role) {
        script.name(name, role, Involvement.TARGET, null);
        return this;
    }

    DemoCase witness(String name, PersonRole role) {
        script.name(name, role, Involvement.WITNESS, null);
        return this;
    }

    DemoCase immediateRisk() {
        script.immediateRisk = true;
        return this;
    }

    // ---- who acts, and when ----

    /** The following steps are taken by {@code username} (by default the setting's DSL). */
    DemoCase by(String username) {
        script.actor = username;
        return this;
    }

    /** The following steps happen {@code days} after the incident (dates of evidence and warning deadlines). */
    DemoCase onDay(int days) {
        script.day = days;
        return this;
    }

    // ---- what the case workers do ----

    DemoCase triage(Severity severity, String reason) {
        return step("triage", p -> new TriageIncident(p.id, severity, reason, null, null));
    }

    DemoCase triage(Severity severity, String reason, AllegationRoute route) {
        return step("triage", p -> new TriageIncident(p.id, severity, reason, null, route));
    }

    DemoCase assign(String owner, String reason) {
        return step("assign", p -> new AssignIncident(p.id, owner, reason));
    }

    DemoCase contentAction(ContentAction action, String reference, String note) {
        return step("content action", p -> new RecordContentAction(p.id, DemoIds.next(), action, reference, note));
    }

    DemoCase note(String text) {
        return step("note", p -> new AddNote(p.id, DemoIds.next(), text));
    }

    DemoCase evidence(String description, String url) {
        return step("evidence", p -> new RecordEvidence(p.id, DemoIds.next(), description,
                DemoIds.sha256Of(description), p.at(30), url));
    }

    /** Warns a person on the case (by name), with a response due five working days later. */
    DemoCase warn(String personName, WarningKind kind, WarningChannel channel, String text) {
        script.requirePerson(personName);
        return step("warning", p -> {
            p.lastWarning = WarningId.random();
            return new IssueWarning(p.id, p.lastWarning, p.person(personName), kind, channel, text,
                    DemoIds.workingDaysAfter(p.date(), 5));
        });
    }

    /** The person warned last complied. */
    DemoCase complied(String note) {
        return respond(WarningResponse.COMPLIED, note);
    }

    /** The person warned last refused. */
    DemoCase refused(String note) {
        return respond(WarningResponse.REFUSED, note);
    }

    DemoCase police(PoliceReason reason, String force, String crimeReference, String officer) {
        return step("police escalation", p -> new EscalateToPolice(p.id, DemoIds.next(), reason, force,
                crimeReference, officer));
    }

    DemoCase policeUpdate(String status, String note, String crimeReference) {
        return step("police update", p -> new RecordPoliceUpdate(p.id, DemoIds.next(), status, note,
                crimeReference));
    }

    DemoCase refer(Agency agency, String reason, String reference) {
        return step("referral", p -> {
            p.lastReferral = DemoIds.next();
            return new ReferToAgency(p.id, p.lastReferral, agency, reason, reference);
        });
    }

    /** The agency referred to last acknowledged the referral (which meets its follow-up deadline). */
    DemoCase acknowledged(String reference, String note) {
        return step("referral acknowledgement", p -> {
            if (p.lastReferral == null) {
                throw new IllegalStateException("A demo case records an acknowledgement before any referral");
            }
            return new AcknowledgeReferral(p.id, p.lastReferral, reference, note);
        });
    }

    /**
     * Refers a staff subject of the case (by name) to HR. The disciplinary case is opened from the referral by the
     * command side's referral policy, after seeding, so it starts where any new referral starts: with HR, at
     * OPENED. (The demo cannot act on it any further: its later steps would need times before it exists.)
     */
    DemoCase referToHr(String personName, boolean isTeacher, boolean concernsHarmToChildren, String allegation) {
        script.requirePerson(personName);
        return step("disciplinary referral", p -> new ReferToDisciplinary(p.id, DisciplinaryCaseId.random(),
                p.person(personName), isTeacher, concernsHarmToChildren, allegation));
    }

    /**
     * Redirects the matter to the complaints procedure. Like a referral to HR, the complaint is received from the
     * redirection by the referral policy after seeding, so it starts at RECEIVED, its acknowledgement due.
     */
    DemoCase redirectToComplaint(ComplaintChannel channel, String complainant, String complaintSummary) {
        return step("complaint redirection", p -> new RedirectToComplaint(p.id, ComplaintId.random(), channel,
                complainant, complaintSummary));
    }

    DemoCase close(Outcome outcome, String rationale) {
        return step("close", p -> new CloseIncident(p.id, outcome, rationale));
    }

    DemoCase reopen(String reason) {
        return step("reopen", p -> new ReopenIncident(p.id, reason));
    }

    // ---- planning ----

    /**
     * The commands of this case: logged by the reporter, then every step in order. {@code directory} gives a person
     * the same id in every case of the setting that names them, so their chronology links up.
     */
    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        return script.plan(now, directory);
    }

    private DemoCase respond(WarningResponse response, String note) {
        return step("warning response", p -> {
            if (p.lastWarning == null) {
                throw new IllegalStateException("A demo case records a response before any warning");
            }
            return new RecordWarningResponse(p.id, p.lastWarning, response, note);
        });
    }

    private DemoCase step(String what, StepFactory factory) {
        script.add(what, factory);
        return this;
    }
}
