package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.register.consent.ImageConsentImport;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.FindRosterSummary;
import uk.tidemark.kernel.person.ImportRoster;
import uk.tidemark.kernel.person.RosterId;
import uk.tidemark.kernel.person.RosterImportResult;
import uk.tidemark.kernel.person.RosterSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A setting's roster (issue 15, decision 0042): the pupils and staff its MIS lists, imported by an administrator of
 * its trust from the MIS's CSV export ({@link RosterCsv}), so that a report names a pupil or colleague picked from
 * the list and every case that names them is one person's. The same file imported again changes nothing; a person of
 * the roles the file covers who is no longer in it is marked as left, never deleted.
 */
@RestController
@Tag(name = "Administration")
class RosterAdminController {

    /** The multipart form of an import. */
    @Schema(name = "RosterUpload")
    record Upload(@Schema(type = "string", format = "binary", description = "The MIS's CSV export") String file,
                  @Schema(description = "PUPIL or STAFF: the role of every line, for a file with no Role column")
                  PersonRole role) {
    }

    private final AdminScope scope;
    private final AdminAudit audit;
    private final CaseCommands commands;
    private final QueryGateway queries;
    private final ImageConsentImport imageConsent;

    RosterAdminController(AdminScope scope, AdminAudit audit, CaseCommands commands, QueryGateway queries,
                          ImageConsentImport imageConsent) {
        this.imageConsent = imageConsent;
        this.scope = scope;
        this.audit = audit;
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/api/admin/settings/{settingId}/roster")
    @Operation(summary = "The setting's roster in numbers: pupils, staff and others on it now, and people marked as "
            + "left.")
    RosterSummary summary(@PathVariable String settingId,
                          @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = scope.setting(user, settingId);
        return queries.query(new FindRosterSummary(setting.id()), ResponseTypes.instanceOf(RosterSummary.class))
                .join();
    }

    @PostMapping(path = "/api/admin/settings/{settingId}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the setting's roster from its MIS's CSV export (a `file` part; `role` PUPIL or STAFF "
            + "when the file has no Role column). Columns are found by their headings: an MIS id (UPN, MIS ID, "
            + "Admission number, Staff code...), Name or Forename and Surname, Role, Year, Class. People new to the "
            + "list join it, changed details are changed, and people of the roles the file covers who are not in it "
            + "are marked as left (never deleted); the same file again changes nothing. 400 naming each bad line; "
            + "nothing is imported then.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class)))
    RosterImportResult upload(@PathVariable String settingId, @RequestPart(name = "file", required = false) MultipartFile file,
                    @RequestParam(required = false) String role,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return importFile(user, settingId, file == null ? null : bytesOf(file), role,
                file == null ? null : file.getOriginalFilename());
    }

    @PostMapping(path = "/api/admin/settings/{settingId}/roster", consumes = "text/csv")
    @Operation(summary = "The same import, the CSV as the request's body.")
    RosterImportResult uploadText(@PathVariable String settingId, @RequestBody byte[] csv,
                        @RequestParam(required = false) String role,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return importFile(user, settingId, csv, role, null);
    }

    /**
     * For the API and the page alike: checked, imported in one command (all or nothing: its events commit together,
     * each in the audit trail with its actor), then the import as a whole audited, counts only.
     */
    RosterImportResult importFile(TidemarkUser user, String settingId, byte[] csv, String role, String fileName) {
        Setting setting = scope.setting(user, settingId);
        List<FieldProblem> errors = new ArrayList<>();
        PersonRole defaultRole = roleOf(role, errors);
        RosterCsv.Read read = errors.isEmpty() ? RosterCsv.read(csv, defaultRole, errors).orElse(null) : null;
        if (read == null) {
            throw new InvalidRequestException(errors);
        }
        String source = fileName == null || fileName.isBlank() ? "CSV" : fileName.strip();
        RosterImportResult result = commands.ask(new ImportRoster(RosterId.of(setting.id()), read.entries(),
                read.roles(), source.length() > 200 ? source.substring(0, 200) : source));
        // the image consent column, if the file has one, goes on the setting's register (issue 18)
        int consents = read.imageConsent().isEmpty() ? 0
                : imageConsent.record(setting.id(), read.entries(), read.imageConsent());
        // counts only: the audit trail holds no names
        audit.recordDone(user, "ROSTER_IMPORTED", Map.of("settingId", setting.id(), "people", read.entries().size(),
                "joined", result.joined(), "changed", result.changed(), "left", result.left(),
                "imageConsents", consents));
        return result;
    }

    private static PersonRole roleOf(String role, List<FieldProblem> errors) {
        if (role == null || role.isBlank()) {
            return null;
        }
        return switch (role.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "PUPIL" -> PersonRole.PUPIL;
            case "STAFF" -> PersonRole.STAFF;
            default -> {
                errors.add(new FieldProblem("role", "must be PUPIL or STAFF."));
                yield null;
            }
        };
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
