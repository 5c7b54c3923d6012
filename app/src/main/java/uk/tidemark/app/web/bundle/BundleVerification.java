package uk.tidemark.app.web.bundle;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.BundleManifest;
import uk.tidemark.app.audit.BundleVerifier;
import uk.tidemark.app.evidence.CaseBundles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bundle checked by this installation (decision 0054): what the bundle answers on its own (every file as listed,
 * nothing added, the signature good), and, for a bundle this installation signed, that its audit trail holds the
 * export with this manifest's SHA-256. A bundle signed elsewhere is checked on its own only, and says so.
 */
@Component
class BundleVerification {

    @Schema(name = "BundleVerification")
    record Verification(
            @Schema(description = "True when every check that could be made holds") boolean valid,
            @Schema(description = "When the bundle was exported (ISO-8601 instant), from its manifest") String exportedAt,
            String caseId,
            @Schema(description = "The case's reference, from the manifest") String reference,
            String recipient,
            @Schema(description = "The name of who exported it") String exportedBy,
            @Schema(description = "Whether this installation's key signed the manifest: only then can its audit "
                    + "trail be looked at") boolean madeHere,
            @Schema(description = "Whether this installation's audit trail holds the export (false when made "
                    + "elsewhere)") boolean exportAudited,
            @Schema(description = "The key id (SHA-256 of the public key) that signed the manifest") String keyId,
            String manifestSha256,
            @Schema(description = "Each problem found, as a sentence naming the file") List<String> problems) {
    }

    static final String NOT_AUDITED = "This installation signed the manifest, but its audit trail holds no export "
            + "of it.";

    private final CaseBundles bundles;

    BundleVerification(CaseBundles bundles) {
        this.bundles = bundles;
    }

    /** This installation's key id, which a manifest it signed carries. */
    String keyId() {
        return BundleManifest.keyIdOf(bundles.publicKey());
    }

    /** The entries of a bundle that {@link #check} found readable. */
    static Map<String, byte[]> entries(byte[] zip) {
        try {
            return BundleVerifier.entries(zip);
        } catch (BundleVerifier.UnreadableBundle e) {
            throw new IllegalStateException("A bundle that verified does not read", e);
        }
    }

    Verification check(byte[] zip) {
        BundleVerifier.Result result;
        try {
            result = BundleVerifier.check(zip);
        } catch (BundleVerifier.UnreadableBundle e) {
            return new Verification(false, null, null, null, null, null, false, false, null, null,
                    List.of("The file is not a case bundle that can be read: " + e.getMessage() + "."));
        }
        BundleManifest m = result.manifest();
        List<String> problems = new ArrayList<>(result.problems());
        boolean madeHere = m != null && keyId().equals(m.installation().keyId());
        boolean audited = madeHere && bundles.exportAudited(result.manifestSha256());
        if (madeHere && !audited) {
            problems.add(NOT_AUDITED);
        }
        return new Verification(m != null && problems.isEmpty(), m == null ? null : m.exportedAt(),
                m == null ? null : m.caseId(), m == null ? null : m.reference(), m == null ? null : m.recipient(),
                m == null ? null : m.exportedBy(), madeHere, audited, m == null ? null : m.installation().keyId(),
                result.manifestSha256(), problems);
    }
}
