package uk.tidemark.kernel.policy.query;

import uk.tidemark.kernel.policy.PolicyState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy and its version in force: who was asked to acknowledge that version, who has (and when), and whose
 * acknowledgement deadline was missed. Usernames; the application turns them into names.
 */
public record PolicyView(String id, String settingId, String title, String text, int version,
                         LocalDate effectiveFrom, List<String> roles, String publishedBy, Instant publishedAt,
                         LocalDate acknowledgeBy, PolicyState state, List<String> asked,
                         List<Acknowledgement> acknowledged, List<String> overdue, long lastSequence) {

    public record Acknowledgement(String username, Instant at) {
    }

    public boolean wasAsked(String username) {
        return asked.contains(username);
    }

    public boolean hasAcknowledged(String username) {
        return acknowledged.stream().anyMatch(a -> a.username().equals(username));
    }

    /** Asked, and not acknowledged yet. */
    public List<String> waitingFor() {
        return asked.stream().filter(u -> !hasAcknowledged(u)).toList();
    }
}
