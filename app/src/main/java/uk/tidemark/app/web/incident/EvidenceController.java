package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.evidence.CheckedFile;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.app.evidence.StoredFile;
import uk.tidemark.app.evidence.StoredThumbnail;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.incident.ActionRequests.NewEvidenceFile;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.EvidenceFile;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.command.RecordEvidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Evidence files (decision 0037): uploaded as multipart/form-data beside the JSON form of the same address (a file kept
 * elsewhere, known by its hash), downloaded exactly as they were uploaded, and shown small. The type is told from the
 * bytes; the SHA-256 and size are computed here; the file and the event that records it are committed together.
 * Safeguarding leads of the case's setting see every file; its reporter may add files to their own report and read
 * back those they added; anyone else gets the unknown id's 404. Every download and thumbnail is a read of case data.
 */
@RestController
@RequestMapping("/api/incidents/{id}/evidence")
@Tag(name = "Incidents", description = "Online-safety incident cases")
class EvidenceController {

    static final String NO_SUCH_FILE = "There is no such file on this case.";

    /** The parts of an upload, for the API description. */
    @Schema(name = "EvidenceFileUpload")
    record FileUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                              description = "The file, as the device has it; its name is kept.") String file,
                      @Schema(description = "What it shows (≤ 4,000 characters); the file's name when left out.")
                      String description,
                      @Schema(description = "When it was taken (ISO-8601, not in the future); the upload's time "
                              + "when left out.") Instant capturedAt,
                      @Schema(description = "Where it was seen (http or https, ≤ 2,000 characters).") String url) {
    }

    /** What an upload answers: the file's id and what Tidemark found it to be. */
    record FileCreated(String evidenceId, String sha256, long size, String contentType) {
    }

    private final IncidentAccess access;
    private final CaseCommands commands;
    private final EvidenceFiles files;
    private final PageForms forms;
    private final ReadAudit audit;
    private final CreatedCaseReads reads;

    EvidenceController(IncidentAccess access, CaseCommands commands, EvidenceFiles files, PageForms forms,
                       ReadAudit audit, CreatedCaseReads reads) {
        this.audit = audit;
        this.access = access;
        this.commands = commands;
        this.files = files;
        this.forms = forms;
        this.reads = reads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file as evidence: a `file` part with `description`, `capturedAt` and `url` "
            + "(all optional). 201 {evidenceId, sha256, size, contentType}; 413 when the file is too large, 415 when "
            + "it is not an accepted type (told from its bytes). The case's reporter may add files to their own report.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.class)))
    @ProblemAnswer(status = HttpStatus.CONTENT_TOO_LARGE, when = "The file is larger than the limit for evidence "
            + "files (tidemark.evidence.max-file-size, 20 MB by default); the detail says the limit.")
    @ProblemAnswer(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, when = "The file is not of a type Tidemark keeps, as "
            + "told from its bytes: images (PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC, HEIF), PDF, video (MP4, MOV, WebM, "
            + "3GP), plain text.")
    @ResponseStatus(HttpStatus.CREATED)
    FileCreated upload(@PathVariable String id,
                       @RequestPart(name = "file", required = false) MultipartFile file,
                       @Parameter(hidden = true) @RequestParam Map<String, String> fields,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        access.requireEvidenceContributor(user, id);
        List<FieldProblem> errors = new ArrayList<>();
        PageForms.Bound<NewEvidenceFile> bound = forms.bind(fields, NewEvidenceFile.class);
        errors.addAll(bound.errors());
        if (file == null) {
            errors.add(new FieldProblem("file", "is required: the file as a multipart part named file."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        CheckedFile checked = files.check(file.getOriginalFilename(), bytesOf(file));
        return add(user, id, expectedVersion, List.of(checked), bound.value()).get(0);
    }

    /**
     * Keeps checked files on the case as evidence, each recorded by {@code user} if they may add evidence to it (the
     * case's leads, its reporter), each in its own transaction with its event; {@code expectedVersion} is checked by the
     * first. For the pages as for the API.
     */
    List<FileCreated> add(TidemarkUser user, String id, Long expectedVersion, List<CheckedFile> checked,
                          NewEvidenceFile about) {
        access.requireEvidenceContributor(user, id);
        List<FileCreated> created = new ArrayList<>();
        for (CheckedFile file : checked) {
            created.add(keep(user, id, created.isEmpty() ? expectedVersion : null, file, about));
        }
        // read-your-writes, as for a create: the case page (or GET) that follows shows the files (bounded wait)
        reads.awaitIncident(IncidentId.of(id));
        return created;
    }

    private FileCreated keep(TidemarkUser user, String id, Long expectedVersion, CheckedFile checked,
                             NewEvidenceFile about) {
        String evidenceId = IncidentActing.newId();
        String description = about.description() == null || about.description().isBlank()
                ? checked.fileName() : about.description().strip();
        // when it was taken, if the uploader knows; else now, when Tidemark first held it
        Instant capturedAt = about.capturedAt() != null ? about.capturedAt() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RecordEvidence command = new RecordEvidence(IncidentId.of(id), evidenceId, description, checked.sha256(),
                capturedAt, about.url(), new EvidenceFile(checked.fileName(), checked.size(), checked.contentType()));
        files.keep(id, evidenceId, user.getUsername(), checked, () -> commands.send(command, expectedVersion));
        return new FileCreated(evidenceId, checked.sha256(), checked.size(), checked.contentType());
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "The file exactly as it was uploaded, as an attachment of its detected type. A read of "
            + "case data (audited). 404 for anyone who may not see it.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary")))
    @CaseDataRead
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String evidenceId,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = access.requireEvidenceContributor(user, id);
        StoredFile file = files.open(id, evidenceId).filter(f -> mayRead(user, origin, f.addedBy()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_FILE));
        audit.record(user, CaseType.INCIDENT, id, origin.settingId(),
                Map.of("view", "EVIDENCE_FILE", "evidenceId", evidenceId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // RFC 9530: the digest of the bytes sent, which a client can check against the case's record
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .body(file.content());
    }

    @GetMapping("/{evidenceId}/thumbnail")
    @Operation(summary = "A small PNG of an image file, re-drawn without the original's metadata. A read of case "
            + "data (audited). 404 when the file has none, or for anyone who may not see it.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @CaseDataRead
    ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable String evidenceId,
                                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = access.requireEvidenceContributor(user, id);
        byte[] png = files.thumbnail(id, evidenceId).filter(t -> mayRead(user, origin, t.addedBy()))
                .map(StoredThumbnail::png)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_FILE));
        audit.record(user, CaseType.INCIDENT, id, origin.settingId(),
                Map.of("view", "EVIDENCE_THUMBNAIL", "evidenceId", evidenceId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(png);
    }

    /** A safeguarding lead reads every file of the case; its reporter those they added. */
    private boolean mayRead(TidemarkUser user, CaseOrigin origin, String addedBy) {
        return access.mayWorkOn(user, origin) || user.getUsername().equals(addedBy);
    }

    static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }
}
