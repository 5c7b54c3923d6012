package uk.tidemark.app.demo;

import uk.tidemark.app.demo.DemoStory.Step;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.LogIncident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a {@link DemoCase} has been told so far, kept until seeding: the report (when, where, what, who it names)
 * and the case workers' steps in order, each with who takes it and on which day. {@link #plan} turns it into
 * commands with fresh ids and with dates relative to the seeding time, so that the story reads the same whenever
 * the demo is seeded. {@link DemoCase} is the vocabulary that writes it.
 */
final class DemoCaseScript {

    /** What a step needs from the case being planned: ids, people and dates. */
    interface StepFactory extends Function<DemoPlanning, Object> {
    }

    private record PendingStep(String actor, String what, int day, StepFactory factory) {
    }

    /** {@code username}: the demo user this person is, or null. */
    private record PersonSpec(String name, PersonRole role, Involvement involvement, String username) {
    }

    private final String settingId;
    String reporter = "staff";
    /** Who takes the steps added from now on. */
    String actor;
    int daysAgo = 1;
    /** Set for a fresh report, which happened hours before seeding rather than days. */
    Duration hoursAgo;
    Category category = Category.OTHER;
    Platform platform = Platform.OTHER;
    String summary;
    final List<String> links = new ArrayList<>();
    boolean immediateRisk;
    /** Days after the incident of the steps added from now on. */
    int day;
    private final List<PersonSpec> people = new ArrayList<>();
    private final List<PendingStep> steps = new ArrayList<>();

    DemoCaseScript(String settingId, String actor) {
        this.settingId = settingId;
        this.actor = actor;
    }

    void name(String name, PersonRole role, Involvement involvement, String username) {
        people.add(new PersonSpec(name, role, involvement, username));
    }

    /** A step taken by the current actor on the current day. */
    void add(String what, StepFactory factory) {
        steps.add(new PendingStep(actor, what, day, factory));
    }

    void requirePerson(String name) {
        if (people.stream().noneMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("A demo case names '" + name + "', who is not on the case");
        }
    }

    /**
     * The commands of the case: logged by the reporter, then every step in order. {@code directory} gives a person
     * the same id in every case of the setting that names them, so their chronology links up.
     */
    List<Step> plan(Instant now, DemoPeople directory) {
        if (summary == null || people.isEmpty()) {
            throw new IllegalStateException("A demo case needs a summary and at least one person");
        }
        Instant occurredAt = hoursAgo != null ? now.minus(hoursAgo) : daysBefore(now, daysAgo);
        DemoPlanning planning = new DemoPlanning(IncidentId.random(), occurredAt, now);
        List<Person> named = new ArrayList<>();
        for (PersonSpec spec : people) {
            Person person = new Person(directory.idOf(settingId, spec.name()), spec.name(), spec.role(),
                    spec.involvement(), spec.username());
            planning.people.add(person);
            named.add(person);
        }
        List<Step> planned = new ArrayList<>();
        // each step is recorded as happening when the story says (reported 45 minutes after the incident,
        // then every step on its day, ten minutes apart), never earlier than the step before it
        Instant at = planning.at(45);
        planned.add(new Step(reporter, new LogIncident(planning.id, settingId, category, platform,
                planning.occurredAt, summary, List.copyOf(links), List.copyOf(named), immediateRisk), "report", at));
        int index = 0;
        for (PendingStep step : steps) {
            planning.day = step.day();
            Instant stepAt = planning.at(60 + 10 * index++);
            at = stepAt.isAfter(at) ? stepAt : at;
            planned.add(new Step(step.actor(), step.factory().apply(planning), step.what(), at));
        }
        return planned;
    }

    /** {@code days} before {@code now} (UK date), between 08:00 and 20:59, varied by the number of days. */
    private static Instant daysBefore(Instant now, int days) {
        LocalDate date = LocalDate.ofInstant(now, DemoPlanning.UK).minusDays(days);
        return date.atTime(LocalTime.of(8 + (days * 7) % 13, (days * 17) % 60)).atZone(DemoPlanning.UK).toInstant();
    }
}
