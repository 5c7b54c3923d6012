package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import uk.tidemark.kernel.incident.command.ExportCaseBundle;
import uk.tidemark.kernel.incident.event.CaseBundleExported;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.BUNDLE_NEEDS_A_RECIPIENT;
import static uk.tidemark.command.incident.IncidentRule.BUNDLE_NEEDS_ITS_HASHES;

/**
 * The verifiable copies exported of the case (decision 0054), a part of {@link IncidentAggregate}: each export is an
 * event holding the bundle's and its manifest's SHA-256, so the audit trail names exactly what left and for whom. An
 * erased case refuses it as it refuses every command (the aggregate's interceptor); nothing here needs remembering.
 */
class IncidentBundles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final IncidentAggregate incident;

    IncidentBundles(IncidentAggregate incident) {
        this.incident = incident;
    }

    @CommandHandler
    void handle(ExportCaseBundle command) {
        IncidentTransitions.check(command, incident.state());
        if (command.recipient() == null || command.recipient().isBlank()) {
            throw BUNDLE_NEEDS_A_RECIPIENT.violation();
        }
        if (command.bundleId() == null || command.bundleId().isBlank() || !isHash(command.sha256())
                || !isHash(command.manifestSha256())) {
            throw BUNDLE_NEEDS_ITS_HASHES.violation();
        }
        apply(new CaseBundleExported(incident.id(), command.bundleId(), command.recipient().strip(),
                command.redactThirdParties(), command.sha256(), command.manifestSha256()));
    }

    private static boolean isHash(String value) {
        return value != null && SHA256.matcher(value).matches();
    }
}
