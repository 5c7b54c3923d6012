package uk.tidemark.app.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;
import uk.tidemark.query.incident.IncidentListIndex;

/**
 * Health is UP only once a user can use the application. The web server answers as soon as it has started, but the
 * start-up tasks run after that: demo mode's seeding (until it ends the demo users do not exist, and their sign-in
 * was refused for the first seconds after health said UP), the first administrator; Spring Boot marks the
 * application ready ({@link ReadinessState#ACCEPTING_TRAFFIC}) once they have all run. The case list index loads in
 * the background after that; until it has, the case list and the dashboard are answered slowly from the store.
 * Until both, this indicator is OUT_OF_SERVICE, so {@code /actuator/health} answers 503 (decision 0028).
 */
@Component
class ReadyForUsersHealthIndicator implements HealthIndicator {

    private final ApplicationAvailability availability;
    private final ObjectProvider<IncidentListIndex> caseListIndex;

    ReadyForUsersHealthIndicator(ApplicationAvailability availability, ObjectProvider<IncidentListIndex> caseListIndex) {
        this.availability = availability;
        this.caseListIndex = caseListIndex;
    }

    @Override
    public Health health() {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return Health.outOfService().withDetail("starting", "start-up tasks are running").build();
        }
        IncidentListIndex index = caseListIndex.getIfAvailable();
        if (index != null && !index.startUpLoadEnded()) {
            return Health.outOfService().withDetail("starting", "the case list index is loading").build();
        }
        return Health.up().build();
    }
}
