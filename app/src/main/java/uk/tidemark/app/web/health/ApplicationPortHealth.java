package uk.tidemark.app.web.health;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /actuator/health} on the application's port. The actuator itself listens on the management port, on
 * the loopback address (decision 0028), where a load balancer, a proxy or a container's health check on another
 * address cannot reach it; health must stay where they look for it. Spring Boot can only add a one-segment path
 * ({@code /livez}) to the application port, so this answers at the old address: the status of the same health
 * endpoint (its groups and indicators, the readiness for users included), 200 when UP and 503 otherwise, as the
 * actuator does. Nothing else of the actuator answers here (404).
 *
 * <p>Issue 13 (decision 0033): the two probes as well, at the management port's addresses:
 * {@code /actuator/health/liveness} and {@code /actuator/health/readiness} (the health groups of
 * {@code management.endpoint.health.group}), answered the same way, so that an orchestrator or a load balancer asks
 * the application port the same question as the management port, with the same answer.
 */
@RestController
class ApplicationPortHealth {

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    ApplicationPortHealth(HealthEndpoint health, HttpCodeStatusMapper statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes;
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        return answer(health.health().getStatus());
    }

    @GetMapping(path = "/actuator/health/{probe:liveness|readiness}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> probe(@PathVariable("probe") String probe) {
        var group = health.healthForPath(probe);
        return group == null ? ResponseEntity.notFound().build() : answer(group.getStatus());
    }

    private ResponseEntity<Map<String, String>> answer(Status status) {
        return ResponseEntity.status(statusCodes.getStatusCode(status)).body(Map.of("status", status.getCode()));
    }
}
