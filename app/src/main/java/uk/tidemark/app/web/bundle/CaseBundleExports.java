package uk.tidemark.app.web.bundle;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.BundleManifest;
import uk.tidemark.app.evidence.CaseBundles;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.app.evidence.StoredFile;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.command.ExportCaseBundle;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.FindIncidentChronology;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a case bundle (decision 0054): the case in words and as JSON, its files decrypted, and the manifest that lists
 * them with their SHA-256, signed by the installation; then keeps the ZIP and records the export on the case in one
 * transaction. Only a lead who may act on the case exports it (404 otherwise, 403 for its reporter); an erased case
 * has nothing left to export (409).
 */
@Component
class CaseBundleExports {

    /** What an export answers: the bundle and the SHA-256 of its bytes. */
    record Exported(String bundleId, String sha256) {
    }

    private final IncidentAccess access;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final CaseCommands commands;
    private final CaseBundles bundles;
    private final EvidenceFiles evidence;
    private final DisplayNames names;

    CaseBundleExports(IncidentAccess access, AccessScope scope, QueryGateway queries, CaseCommands commands,
                      CaseBundles bundles, EvidenceFiles evidence, DisplayNames names) {
        this.access = access;
        this.scope = scope;
        this.queries = queries;
        this.commands = commands;
        this.bundles = bundles;
        this.evidence = evidence;
        this.names = names;
    }

    Exported export(TidemarkUser user, String id, String recipient, boolean redact) {
        CaseOrigin origin = access.requireActionable(user, id);
        bundles.requireLive(id);
        IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(id)),
                ResponseTypes.instanceOf(IncidentDetail.class)).join();
        if (detail == null) {
            throw IncidentAccess.notFound();
        }
        List<ChronologyEntry> entries = queries.query(new FindIncidentChronology(IncidentId.of(id)),
                ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, String> fileNames = new LinkedHashMap<>();
        for (IncidentDetail.Evidence e : detail.evidence() == null ? List.<IncidentDetail.Evidence>of()
                : detail.evidence()) {
            if (e.file() == null) {
                continue;
            }
            Optional<StoredFile> stored = evidence.open(id, e.evidenceId());
            if (stored.isPresent()) {
                String name = "files/" + e.evidenceId() + "-" + safe(stored.get().fileName());
                fileNames.put(e.evidenceId(), name);
                contents.put(name, stored.get().content());
            }
        }
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        String setting = scope.settingsOf(user).stream().filter(s -> s.id().equals(origin.settingId()))
                .map(Setting::name).findFirst().orElse(origin.settingId());
        String exportedBy = names.of(user.getUsername());
        CaseBundleContent.Content content = CaseBundleContent.of(detail, entries, setting, recipient.strip(), redact,
                now, exportedBy, names::of, CaseBundleExports::words, fileNames);
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("case.pdf", CaseBundleContent.pdf(content));
        zipped.put("case.json", CaseBundleContent.json(content));
        zipped.putAll(contents);
        CaseBundles.Head head = bundles.auditHead();
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, id, detail.reference(), setting,
                recipient.strip(), redact, now.toString(), exportedBy,
                new BundleManifest.AuditPosition(head.position(), head.hash()),
                BundleManifest.Installation.signedWith(bundles.publicKey()),
                zipped.entrySet().stream().map(f -> new BundleManifest.Entry(f.getKey(), f.getValue().length,
                        EvidenceFiles.sha256(f.getValue()))).toList());
        byte[] manifestBytes = manifest.bytes();
        byte[] signature = Base64.getEncoder().encode(bundles.sign(manifestBytes));
        byte[] zip = zip(manifestBytes, signature, zipped, now);
        String bundleId = UUID.randomUUID().toString();
        String sha256 = EvidenceFiles.sha256(zip);
        bundles.keep(id, bundleId, zip, manifestBytes, now.toEpochMilli(), () -> commands.send(
                new ExportCaseBundle(IncidentId.of(id), bundleId, recipient.strip(), redact, sha256,
                        EvidenceFiles.sha256(manifestBytes)), null));
        return new Exported(bundleId, sha256);
    }

    /** An enum constant as the pages word it; "Not set" for none. */
    private static String words(Enum<?> value) {
        return value == null ? "Not set" : Choice.words(value);
    }

    private static byte[] zip(byte[] manifest, byte[] signature, Map<String, byte[]> files, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, BundleManifest.MANIFEST, manifest, at);
            put(zip, BundleManifest.SIGNATURE, signature, at);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue(), at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** A file's name as a ZIP entry: no path, nothing a file system would stumble on. */
    static String safe(String name) {
        String safe = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "file" + safe : safe;
    }
}
