package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.RetentionRule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a case stands in the retention schedule (decision 0052). {@code reviewOn} and {@code rule}: the review the
 * schedule set when the case closed, or the date a lead kept it to ({@code extension}); both null while the case is
 * open. {@code hold}: the legal hold, null when none. {@code request}: a destruction asked for and not yet
 * confirmed. {@code erasedOn} and {@code erasedUnder}: set once the content was destroyed.
 */
public record IncidentRetention(String incidentId, LocalDate reviewOn, RetentionRule rule, Extension extension,
                                Hold hold, Request request, LocalDate erasedOn, ErasureGround erasedUnder) {

    /** The case was kept longer: until {@code until}, for {@code reason}, by {@code by} (a username). */
    public record Extension(LocalDate until, String reason, String by, Instant at) {
    }

    public record Hold(String reason, String by, Instant at) {
    }

    public record Request(ErasureGround ground, String reason, String by, Instant at) {
    }

    public boolean erased() {
        return erasedOn != null;
    }
}
