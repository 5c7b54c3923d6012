package uk.tidemark.app.demo;

import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.WarningId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The state of one {@link DemoCase} while its commands are being made: its id, people, dates, last warning. */
final class DemoPlanning {

    static final ZoneId UK = ZoneId.of("Europe/London");

    final IncidentId id;
    final Instant occurredAt;
    final List<Person> people = new ArrayList<>();
    /** Days after the incident of the step being planned. */
    int day;
    WarningId lastWarning;
    /** The id of the last referral to an agency. */
    String lastReferral;
    private final Instant now;

    DemoPlanning(IncidentId id, Instant occurredAt, Instant now) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.now = now;
    }

    PersonId person(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not on this demo case"))
                .personId();
    }

    /** The time of the current step plus {@code minutes}, never later than a few minutes before seeding. */
    Instant at(int minutes) {
        Instant at = occurredAt.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minutes));
        Instant latest = now.minus(Duration.ofMinutes(5));
        return at.isAfter(latest) ? latest : at;
    }

    /** The (UK) date of the current step. */
    LocalDate date() {
        return LocalDate.ofInstant(at(0), UK);
    }
}
