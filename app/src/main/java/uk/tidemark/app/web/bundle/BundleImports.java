package uk.tidemark.app.web.bundle;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.BundleManifest;
import uk.tidemark.app.evidence.CheckedFile;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.app.evidence.FileRefusedException;
import uk.tidemark.app.evidence.ReceivedBundles;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.ImportIncident;
import uk.tidemark.kernel.incident.command.RecordEvidence;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.time.Instant;
import java.util.*;

/**
 * Opens a case from a case bundle another Tidemark installation exported (decision 0057): the way a child protection
 * file reaches a school that has Tidemark too. The bundle is verified on the way in (every file as its manifest lists
 * it, nothing added, the signature good, and, when the importer gives one, the key id the sending school gave them);
 * a bundle that does not verify, that this installation made itself, that names other people by their role, or that
 * was imported already, opens nothing. Then, in one transaction: the case is logged in the chosen setting as
 * {@code case.json} describes it, with the sending case's chronology kept as it was sent; the ZIP is kept byte for
 * byte, sealed under the new case's key; and each evidence file is kept on the case as evidence, its SHA-256 the one
 * the manifest signed.
 */
@Component
class BundleImports {

    static final String MADE_HERE = "This bundle was exported by this installation: the case is here already.";
    static final String REDACTED = "names other people on the case by their role, so it is not the whole record: "
            + "ask the sending school for a copy without redaction.";
    static final String ALREADY = "This bundle was imported already.";

    /** What an import answers: the new case. */
    record Imported(String id, String reference) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final AccessScope scope;
    private final BundleVerification verification;
    private final CaseCommands commands;
    private final CreatedCaseReads created;
    private final QueryGateway queries;
    private final EvidenceFiles evidence;
    private final ReceivedBundles received;
    private final TransactionTemplate transaction;
    private final EventStore events;

    BundleImports(AccessScope scope, BundleVerification verification, CaseCommands commands,
                  CreatedCaseReads created, QueryGateway queries, EvidenceFiles evidence, ReceivedBundles received,
                  PlatformTransactionManager transactions, EventStore events) {
        this.scope = scope;
        this.verification = verification;
        this.commands = commands;
        this.created = created;
        this.queries = queries;
        this.evidence = evidence;
        this.received = received;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /**
     * @param keyId the key id the sending school gave, to pin who made the bundle; null or blank to take any
     * @throws InvalidRequestException naming {@code file}, {@code settingId} or {@code keyId}
     * @throws RefusedCommandException when this installation made the bundle, or imported it already
     */
    Imported importBundle(TidemarkUser user, byte[] zip, String settingId, String keyId) {
        CaseBundleController.requireLead(user);
        List<FieldProblem> errors = new ArrayList<>();
        String setting = SettingChoice.settingFor(scope, user, settingId, errors);
        BundleVerification.Verification checked = verification.check(zip);
        if (checked.madeHere()) {
            throw new RefusedCommandException(MADE_HERE);
        }
        checked.problems().forEach(problem -> errors.add(new FieldProblem("file", "did not check: " + problem)));
        if (keyId != null && !keyId.isBlank() && checked.keyId() != null
                && !keyId.strip().equalsIgnoreCase(checked.keyId())) {
            errors.add(new FieldProblem("keyId", "is not the key that signed this bundle: it was signed by key "
                    + checked.keyId() + "."));
        }
        if (!errors.isEmpty() || !checked.valid()) {
            throw new InvalidRequestException(errors);
        }
        String manifestSha256 = checked.manifestSha256();
        received.caseOf(manifestSha256).ifPresent(caseId -> {
            throw already(caseId);
        });
        Map<String, byte[]> entries = BundleVerification.entries(zip);
        BundleManifest manifest = BundleManifest.parse(entries.get(BundleManifest.MANIFEST));
        CaseBundleContent.Content content = content(entries.get("case.json"), errors);
        if (manifest.redactThirdParties() || (content != null && content.redactThirdParties())) {
            errors.add(new FieldProblem("file", REDACTED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ImportIncident command = command(IncidentId.random(), setting, content, manifest, manifestSha256,
                EvidenceFiles.sha256(zip), errors);
        if (command == null) {
            throw new InvalidRequestException(errors);
        }
        List<ReceivedFile> files = files(content, entries, command.received().exportedAt(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        keep(user, command, zip, files);
        created.awaitIncident(command.incidentId());
        return new Imported(command.incidentId().value(), referenceOf(command.incidentId().value()));
    }

    /** The case's reference, as people name it; null before the case list has it. */
    private String referenceOf(String caseId) {
        IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(caseId)),
                ResponseTypes.instanceOf(IncidentDetail.class)).join();
        return detail == null ? null : detail.reference();
    }

    /** The refusal of a bundle imported already, naming the case it opened. */
    private RefusedCommandException already(String caseId) {
        String reference = referenceOf(caseId);
        return new RefusedCommandException(reference == null ? ALREADY
                : "This bundle was imported already, as case " + reference + ".");
    }

    private static CaseBundleContent.Content content(byte[] json, List<FieldProblem> errors) {
        if (json == null) {
            errors.add(new FieldProblem("file", "holds no case.json, so there is no case in it to import."));
            return null;
        }
        try {
            CaseBundleContent.Content content = JSON.readValue(json, CaseBundleContent.Content.class);
            if (content.summary() == null) {
                errors.add(new FieldProblem("file", "has a case.json with no summary of the case."));
                return null;
            }
            return content;
        } catch (RuntimeException e) {
            errors.add(new FieldProblem("file", "has a case.json this installation cannot read."));
            return null;
        }
    }

    private static ImportIncident command(IncidentId id, String settingId, CaseBundleContent.Content c,
                                          BundleManifest m, String manifestSha256, String bundleSha256,
                                          List<FieldProblem> errors) {
        CaseBundleContent.Summary s = c.summary();
        Category category = constant(Category.class, s.category(), "category", errors);
        Platform platform = constant(Platform.class, s.platform(), "platform", errors);
        List<Person> people = new ArrayList<>();
        for (CaseBundleContent.PersonLine p : c.people() == null ? List.<CaseBundleContent.PersonLine>of()
                : c.people()) {
            people.add(new Person(PersonId.random(), p.name(), constant(PersonRole.class, p.role(), "role", errors),
                    constant(Involvement.class, p.involvement(), "involvement", errors)));
        }
        if (c.chronology() != null && c.chronology().stream().anyMatch(l -> l == null || l.at() == null)) {
            errors.add(new FieldProblem("file", "has a case.json whose chronology has a line without its time."));
            return null;
        }
        List<ReceivedRecord.Line> lines = (c.chronology() == null ? List.<CaseBundleContent.ChronologyLine>of()
                : c.chronology()).stream().map(l -> new ReceivedRecord.Line(l.sequence(), l.at(), l.type(), l.by(),
                l.what())).toList();
        if (s.text() == null || s.text().isBlank()) {
            errors.add(new FieldProblem("file", "has a case.json with no report: there is no case to open."));
            return null;
        }
        Instant exportedAt = c.exportedAt() != null ? c.exportedAt() : instant(m.exportedAt());
        ReceivedRecord received = new ReceivedRecord(m.setting(), m.reference(), m.caseId(), m.installation().keyId(),
                manifestSha256, bundleSha256, exportedAt, m.exportedBy(), lines);
        return new ImportIncident(id, settingId, category, platform,
                s.occurredAt() != null ? s.occurredAt() : s.loggedAt(), s.text(), people, received);
    }

    /** An ISO instant, or now when it does not read as one (the manifest is signed, but by another installation). */
    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (RuntimeException e) {
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }

    /** The constant the sending installation wrote in words ({@code Choice.words}), or a problem naming it. */
    static <E extends Enum<E>> E constant(Class<E> type, String words, String what, List<FieldProblem> errors) {
        for (E constant : type.getEnumConstants()) {
            if (Choice.words(constant).equals(words) || constant.name().equals(words)) {
                return constant;
            }
        }
        errors.add(new FieldProblem("file", "has a case.json naming a " + what + " this installation does not know: "
                + (words == null ? "none" : "\"" + words + "\"") + "."));
        return null;
    }

    /** An evidence file of the bundle, checked as an upload is, with what case.json says of it. */
    private record ReceivedFile(CheckedFile file, String description, Instant capturedAt) {
    }

    private List<ReceivedFile> files(CaseBundleContent.Content c, Map<String, byte[]> entries, Instant exportedAt,
                                     List<FieldProblem> errors) {
        List<ReceivedFile> files = new ArrayList<>();
        for (CaseBundleContent.FileLine line : c.files() == null ? List.<CaseBundleContent.FileLine>of() : c.files()) {
            byte[] bytes = entries.get(line.name());
            if (bytes == null) {
                continue; // listed in case.json but not in the manifest: the verification named it
            }
            try {
                CheckedFile file = evidence.check(shownName(line.name()), bytes);
                // when it was taken, as the sending school knew it; else when the bundle was made, by which it was
                files.add(new ReceivedFile(file, line.description(), line.capturedAt() != null ? line.capturedAt()
                        : exportedAt));
            } catch (FileRefusedException refused) {
                errors.add(new FieldProblem("file", line.name() + " " + refused.getMessage() + "."));
            }
        }
        return files;
    }

    /** {@code files/<evidence id>-<name>} → {@code <name>}: the evidence id is the sending installation's. */
    static String shownName(String entry) {
        String name = entry.substring(entry.indexOf('/') + 1);
        int dash = name.indexOf('-', 36);
        return name.length() > 37 && dash == 36 ? name.substring(37) : name;
    }

    /** The case, the ZIP as received and the files, in one transaction: all of them, or none. */
    private void keep(TidemarkUser user, ImportIncident command, byte[] zip, List<ReceivedFile> files) {
        String caseId = command.incidentId().value();
        String manifestSha256 = command.received().manifestSha256();
        try {
            transaction.executeWithoutResult(status -> {
                commands.send(command, null);
                received.keep(caseId, manifestSha256, zip);
                for (ReceivedFile f : files) {
                    String evidenceId = UUID.randomUUID().toString();
                    String description = f.description() == null || f.description().isBlank() ? f.file().fileName()
                            : f.description();
                    evidence.keep(caseId, evidenceId, user.getUsername(), f.file(), () -> commands.send(
                            new RecordEvidence(command.incidentId(), evidenceId, description, f.file().sha256(),
                                    f.capturedAt(), null, new EvidenceFile(f.file().fileName(), f.file().size(),
                                    f.file().contentType())), null));
                }
            });
        } catch (DuplicateKeyException raced) {
            throw received.caseOf(manifestSha256).map(this::already)
                    .orElseGet(() -> new RefusedCommandException(ALREADY));
        }
        events.publish(List.of()); // hand the committed events to the read models at once, as an upload does
    }
}
