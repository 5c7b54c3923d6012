package uk.tidemark.app.web.register.policy;

import uk.tidemark.kernel.policy.query.PolicyView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the policy endpoints answer. Counts are of people; names only for the setting's headteacher. */
final class PolicyJson {

    private PolicyJson() {
    }

    /** A policy's version in force, with its counts and where the caller stands. */
    record Summary(String id, String settingId, String title, int version, LocalDate effectiveFrom,
                   LocalDate acknowledgeBy, boolean withdrawn, int asked, int acknowledged, int overdue,
                   boolean youAreAsked, boolean youHaveAcknowledged) {

        static Summary of(PolicyView p, String username) {
            return new Summary(p.id(), p.settingId(), p.title(), p.version(), p.effectiveFrom(), p.acknowledgeBy(),
                    p.state() == uk.tidemark.kernel.policy.PolicyState.RETIRED, p.asked().size(),
                    p.acknowledged().size(), PolicyJson.overdue(p), p.wasAsked(username), p.hasAcknowledged(username));
        }

        /** Still waiting to read it: asked, not acknowledged, not withdrawn. */
        public boolean toRead() {
            return youAreAsked && !youHaveAcknowledged && !withdrawn;
        }
    }

    /** The whole policy; {@code acknowledgedBy} and {@code waitingFor} are null for anyone but the headteacher. */
    record Detail(Summary summary, String text, List<String> roles, List<Person> acknowledgedBy,
                  List<Waiting> waitingFor, long version) {
    }

    record Person(String username, String name, Instant at) {
    }

    record Waiting(String username, String name, boolean overdue) {
    }

    /** The asked people whose deadline for the version in force was missed and who have still not acknowledged it. */
    static int overdue(PolicyView p) {
        return (int) p.overdue().stream().filter(u -> !p.hasAcknowledged(u)).count();
    }

    record Created(List<String> ids) {
    }

    record Training(String id, String settingId, String username, String name, String course,
                    LocalDate completedOn, LocalDate expiresOn, boolean inDate) {
    }

    record TrainingCreated(String id) {
    }
}
