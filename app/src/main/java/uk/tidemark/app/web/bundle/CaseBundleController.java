package uk.tidemark.app.web.bundle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.BundleManifest;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.evidence.CaseBundles;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.command.ExportCaseBundle;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static uk.tidemark.app.web.validation.Limits.NAME;
import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * Verifiable case bundles (decision 0054): a lead of the case's setting exports a copy of the case for the LADO, the
 * police or a solicitor (a ZIP of the case as a PDF and as JSON, its files and a signed manifest), downloads it again
 * byte for byte, and any lead checks a bundle against its manifest, its signature and this installation's audit trail.
 */
@RestController
@Tag(name = "Case bundles", description = "Verifiable copies of a case, and their verification")
public class CaseBundleController {

    static final String NOT_A_LEAD = "Only a safeguarding lead, a deputy or a headteacher can check a case bundle.";
    static final String NO_SUCH_BUNDLE = "There is no bundle with this id on this case.";

    @Schema(name = "CaseBundleRequest")
    record BundleRequest(@Schema(description = "Who the copy is for: the LADO, the police, a solicitor")
                         @NotBlank(message = REQUIRED) @Chars(max = NAME) String recipient,
                         @Schema(description = "Name everyone but the case's subjects and targets by their role")
                         @NotNull(message = REQUIRED) Boolean redactThirdParties) {
    }

    record Exported(String bundleId, String sha256) {
    }

    /** One bundle of the case, as the case page lists it. */
    record Listed(String bundleId, String recipient, boolean redactThirdParties, Instant exportedAt,
                  String exportedBy, String sha256, long size) {
    }

    private final CaseBundleExports exports;
    private final BundleVerification verification;
    private final CaseBundles bundles;
    private final IncidentAccess access;
    private final ReadAudit reads;
    private final BundleImports imports;

    CaseBundleController(CaseBundleExports exports, BundleVerification verification, CaseBundles bundles,
                         IncidentAccess access, ReadAudit reads, BundleImports imports) {
        this.imports = imports;
        this.exports = exports;
        this.verification = verification;
        this.bundles = bundles;
        this.access = access;
        this.reads = reads;
    }

    @PostMapping(path = "/api/incidents/{id}/bundles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export a verifiable copy of the case for someone outside the school: 201 with Location and "
            + "{bundleId, sha256} (the SHA-256 of the ZIP). The export is recorded on the case and in the audit "
            + "trail with the bundle's and its manifest's SHA-256. 400 naming the fields; 404 for a case you may not "
            + "act on (403 for its reporter); 409 once its personal content was erased.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "bundle", command = ExportCaseBundle.class,
            done = "The copy of the case is ready: download it from Share a verifiable copy.",
            labels = {"recipient=Who it is for", "redactThirdParties=Name other people by their role"})
    public ResponseEntity<Exported> export(@PathVariable String id, @Valid @RequestBody BundleRequest body,
                                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseBundleExports.Exported made = exports.export(user, id, body.recipient(), body.redactThirdParties());
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/bundles/" + made.bundleId()))
                .body(new Exported(made.bundleId(), made.sha256()));
    }

    @GetMapping("/api/incidents/{id}/bundles")
    @Operation(summary = "The copies exported of the case, the latest first. 404 for a case you may not act on.")
    @CaseDataRead
    public List<Listed> list(@PathVariable String id,
                             @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = access.requireActionable(user, id);
        List<Listed> listed = listed(id);
        reads.record(user, CaseType.INCIDENT, id, origin.settingId(), Map.of("view", "BUNDLES"));
        return listed;
    }

    /** The case's bundles from their manifests (no access check, no audit: the caller's). */
    List<Listed> listed(String id) {
        return bundles.of(id).stream().map(kept -> {
            BundleManifest m = BundleManifest.parse(kept.manifest());
            return new Listed(kept.bundleId(), m.recipient(), m.redactThirdParties(),
                    Instant.ofEpochMilli(kept.exportedAtMs()), m.exportedBy(), kept.sha256(), kept.size());
        }).toList();
    }

    @GetMapping("/api/incidents/{id}/bundles/{bundleId}")
    @Operation(summary = "The bundle, a ZIP byte for byte as exported (its SHA-256 is the one the export answered). "
            + "An audited read. 404 for a case you may not act on, or no such bundle.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    @CaseDataRead
    public ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String bundleId,
                                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = access.requireActionable(user, id);
        byte[] zip = bundles.open(id, bundleId).orElseThrow(() -> new NotFoundException(NO_SUCH_BUNDLE));
        reads.record(user, CaseType.INCIDENT, id, origin.settingId(), Map.of("view", "BUNDLE", "bundleId", bundleId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-bundle-" + bundleId + ".zip\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(zip);
    }

    @PostMapping("/api/bundles/verification")
    @Operation(summary = "Check a case bundle (multipart, the ZIP as file): {valid, exportedAt, caseId, problems}, "
            + "every problem a sentence naming the file. Every file must be as the manifest lists it, with nothing "
            + "added, and the manifest's signature good; for a bundle this installation signed, its audit trail must "
            + "hold the export too (madeHere, exportAudited). 400 without a file; 403 for anyone but a lead.")
    public BundleVerification.Verification verify(@RequestParam(name = "file", required = false) MultipartFile file,
                                                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        requireLead(user);
        return verification.check(bytesOf(file));
    }

    @PostMapping("/api/bundles/import")
    @Operation(summary = "Open a case from a case bundle another Tidemark installation exported (multipart: the ZIP as "
            + "file; settingId, the setting it joins, required when you belong to more than one; keyId, optional, the "
            + "key id the sending school gave you, to be sure it was theirs). The bundle is verified first; the case "
            + "keeps the sending case's chronology and its files. 201 with Location and {id, reference}. 400 naming "
            + "file (each problem the verification found, a bundle with other people redacted, a case.json that "
            + "does not read), settingId or keyId; 403 for anyone but a lead; 409 for a bundle this installation "
            + "made, or one imported already.")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<BundleImports.Imported> importBundle(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "settingId", required = false) String settingId,
            @RequestParam(name = "keyId", required = false) String keyId,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        requireLead(user);
        BundleImports.Imported imported = imports.importBundle(user, bytesOf(file), settingId, keyId);
        return ResponseEntity.created(URI.create("/api/incidents/" + imported.id())).body(imported);
    }

    static void requireLead(TidemarkUser user) {
        if (!AccessScope.isCaseWorker(user)) {
            throw new ForbiddenException(NOT_A_LEAD);
        }
    }

    static byte[] bytesOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("file", "is required: choose the bundle's "
                    + "ZIP file.")));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("file", "could not be read.")));
        }
    }
}
