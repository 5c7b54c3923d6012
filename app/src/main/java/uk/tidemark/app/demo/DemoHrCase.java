package uk.tidemark.app.demo;

import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.ReferralDecision;
import uk.tidemark.kernel.disciplinary.command.AppointInvestigator;
import uk.tidemark.kernel.disciplinary.command.CloseDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.DecideAppeal;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.LodgeAppeal;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.RecordBarringReferralDecision;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.command.RecordInvestigationFindings;
import uk.tidemark.kernel.disciplinary.command.RecordResignation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One fictional HR disciplinary case that HR opened directly (a case opened by a DSL's referral starts from its
 * incident: {@link DemoCase#referToHr}). Steps are office work on weekdays, {@code onDay} days after the opening
 * or {@code daysAfterHearing}; the hearing is held on the date its invitation gave, and nothing after it happens
 * earlier:
 * <pre>{@code
 * hrCase(HILLVIEW).openedDaysAgo(75).employee("Ms X (cover supervisor)", false).allegation("...")
 *     .appointInvestigator("...").onDay(14).findings("...").onDay(16).inviteToHearing(9)
 *     .hearingHeld("...").outcome(FINAL_WRITTEN_WARNING, "...").onDay(45).close("...")
 * }</pre>
 * Rules the aggregate checks against the step's clock are kept by the story: an invitation gives nine weekdays'
 * notice (the policy asks five working days, so up to four bank holidays in between still leave enough), an appeal
 * comes within three days of the hearing and its outcome (the window is five working days), and a case whose appeal
 * window was open closes at least fourteen days after the outcome.
 */
final class DemoHrCase implements DemoStory {

    /** The user who runs disciplinary cases in the demo trust. */
    static final String HR = "hr";

    /** {@code day} counts from the opening, or from the hearing when {@code afterHearing}. */
    private record PendingStep(String actor, String what, int day, boolean afterHearing,
                               Function<Planning, Object> factory) {
    }

    /** The state of the case while its commands are made. */
    private static final class Planning {
        final DisciplinaryCaseId id = DisciplinaryCaseId.random();
        /** The UK date of the step being made. */
        LocalDate date;
        LocalDate hearingOn;
    }

    private final String settingId;
    private String actor = HR;
    private int daysAgo = 1;
    private String employeeName;
    private boolean teacher;
    private boolean concernsHarm;
    private String allegation;
    private int day;
    private boolean afterHearing;
    private final List<PendingStep> steps = new ArrayList<>();

    private DemoHrCase(String settingId) {
        this.settingId = settingId;
    }

    static DemoHrCase hrCase(String settingId) {
        return new DemoHrCase(settingId);
    }

    @Override
    public String kind() {
        return "HR case";
    }

    @Override
    public String label() {
        return settingId;
    }

    String settingId() {
        return settingId;
    }

    // ---- the opening ----

    DemoHrCase openedDaysAgo(int days) {
        this.daysAgo = Math.max(1, days);
        return this;
    }

    /** The employee, by the name the setting's incidents use for them, so their chronology links up. */
    DemoHrCase employee(String name, boolean isTeacher) {
        this.employeeName = name;
        this.teacher = isTeacher;
        return this;
    }

    DemoHrCase concerningHarmToChildren() {
        this.concernsHarm = true;
        return this;
    }

    DemoHrCase allegation(String text) {
        this.allegation = text;
        return this;
    }

    // ---- who acts, and when ----

    /** The following steps are taken by {@code username} (by default {@code hr}). */
    DemoHrCase by(String username) {
        this.actor = username;
        return this;
    }

    /** The following steps happen {@code days} after the opening (moved to the Monday after a weekend). */
    DemoHrCase onDay(int days) {
        this.day = days;
        this.afterHearing = false;
        return this;
    }

    /** The following steps happen {@code days} after the hearing (moved to the Monday after a weekend). */
    DemoHrCase daysAfterHearing(int days) {
        this.day = days;
        this.afterHearing = true;
        return this;
    }

    // ---- the ACAS stages ----

    DemoHrCase appointInvestigator(String investigator) {
        return step("investigator", p -> new AppointInvestigator(p.id, investigator));
    }

    DemoHrCase findings(String text) {
        return step("findings", p -> new RecordInvestigationFindings(p.id, text));
    }

    /** Invites the employee to a hearing {@code weekdays} weekdays after the invitation, stating the right to be accompanied. */
    DemoHrCase inviteToHearing(int weekdays) {
        return step("invitation", p -> {
            p.hearingOn = DemoIds.workingDaysAfter(p.date, weekdays);
            return new InviteToHearing(p.id, p.hearingOn, true);
        });
    }

    /** The hearing took place on its date; the steps after it happen that day or later. */
    DemoHrCase hearingHeld(String companion) {
        steps.add(new PendingStep(actor, "hearing held", 0, true, p -> new RecordHearingHeld(p.id, companion)));
        return this;
    }

    DemoHrCase outcome(DisciplinaryOutcome outcome, String reasons) {
        return step("outcome", p -> new DecideOutcome(p.id, outcome, reasons));
    }

    DemoHrCase appeal(String grounds) {
        return step("appeal", p -> new LodgeAppeal(p.id, grounds));
    }

    DemoHrCase appealDecided(AppealDecision decision, DisciplinaryOutcome variedOutcome, String reasons) {
        return step("appeal decision", p -> new DecideAppeal(p.id, decision, variedOutcome, reasons));
    }

    /** The employee resigned, effective {@code noticeDays} after the step. */
    DemoHrCase resigned(int noticeDays) {
        return step("resignation", p -> new RecordResignation(p.id, p.date.plusDays(noticeDays)));
    }

    DemoHrCase barringDecision(ReferralDecision dbs, ReferralDecision tra, String reasons) {
        return step("barring decision", p -> new RecordBarringReferralDecision(p.id, dbs, tra, reasons));
    }

    DemoHrCase close(String rationale) {
        return step("close", p -> new CloseDisciplinaryCase(p.id, rationale));
    }

    // ---- planning ----

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        if (employeeName == null || allegation == null) {
            throw new IllegalStateException("A demo HR case needs an employee and an allegation");
        }
        Planning planning = new Planning();
        LocalDate openedOn = OfficeHours.weekdayFrom(OfficeHours.daysBefore(now, daysAgo));
        List<Step> planned = new ArrayList<>();
        Instant at = OfficeHours.at(openedOn, 0, null, now);
        planned.add(new Step(HR, new OpenDisciplinaryCase(planning.id, settingId, employeeName,
                directory.idOf(settingId, employeeName), teacher, concernsHarm, allegation, null), "opening", at));
        LocalDate floor = openedOn;
        int index = 1;
        for (PendingStep step : steps) {
            LocalDate from = openedOn;
            if (step.afterHearing()) {
                // the hearing, and whatever is dated from it, cannot happen before its date
                if (planning.hearingOn == null || planning.hearingOn.isAfter(OfficeHours.dateOf(now))) {
                    throw new IllegalStateException("A demo HR case acts on a hearing before its date");
                }
                from = planning.hearingOn;
                floor = from.isAfter(floor) ? from : floor;
            }
            LocalDate date = OfficeHours.weekdayFrom(from.plusDays(step.day()));
            date = date.isBefore(floor) ? floor : date;
            at = OfficeHours.at(date, index++, at, now);
            planning.date = OfficeHours.dateOf(at);
            planned.add(new Step(step.actor(), step.factory().apply(planning), step.what(), at));
        }
        return planned;
    }

    private DemoHrCase step(String what, Function<Planning, Object> factory) {
        steps.add(new PendingStep(actor, what, day, afterHearing, factory));
        return this;
    }
}
