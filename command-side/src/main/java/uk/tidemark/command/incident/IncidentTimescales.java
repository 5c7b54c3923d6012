package uk.tidemark.command.incident;

import java.time.Duration;

/**
 * The incident timescales a deployment configures, as in force for one command ({@link IncidentCommandConfig}):
 * how long the first response to a report of a child at immediate risk may take, in clock time, not working days
 * (docs/decisions/0044).
 *
 * @param immediateRiskResponseMinutes minutes from the report to its first response when a child is at immediate
 *                                     risk; 60 by default
 */
public record IncidentTimescales(int immediateRiskResponseMinutes) {

    /** The defaults: an hour for a child at immediate risk. */
    public static final IncidentTimescales DEFAULT = new IncidentTimescales(60);

    public IncidentTimescales {
        if (immediateRiskResponseMinutes < 1) {
            throw new IllegalArgumentException("the immediate-risk response takes at least a minute");
        }
    }

    public Duration immediateRiskResponse() {
        return Duration.ofMinutes(immediateRiskResponseMinutes);
    }
}
