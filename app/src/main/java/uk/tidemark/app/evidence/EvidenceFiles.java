package uk.tidemark.app.evidence;

import uk.tidemark.app.crypto.DataKeys;
import uk.tidemark.kernel.RefusedCommandException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files kept byte for byte, encrypted under their case's key (decision 0037). An upload is checked first
 * ({@link #check}: size, type from the bytes, SHA-256, thumbnail), then kept ({@link #keep}) in one transaction with the
 * command that records it on the case: the file's row and the case's event are committed together or not at all, so a
 * refused command, a failed write or a crash leaves neither half.
 */
@Component
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceFiles {

    /** The longest file name kept (longer ones keep their end, where the extension is). */
    static final int NAME_LENGTH = 255;

    private final EvidenceProperties properties;
    private final FileTypes types;
    private final DataKeys keys;
    private final EvidenceVault vault;
    private final TransactionTemplate transaction;
    private final EventStore events;

    EvidenceFiles(EvidenceProperties properties, FileTypes types, DataKeys keys, EvidenceVault vault,
                  PlatformTransactionManager transactions, EventStore events) {
        this.events = events;
        this.properties = properties;
        this.types = types;
        this.keys = keys;
        this.vault = vault;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /** The same, as people write it ("20 MB"). */
    public String maxFileSizeInWords() {
        return Sizes.inWords(maxFileSize());
    }

    /** @throws FileRefusedException when the file is empty, too large or not of an accepted type */
    public CheckedFile check(String originalName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new FileRefusedException(FileRefusedException.Reason.EMPTY, "is empty");
        }
        if (bytes.length > maxFileSize()) {
            throw new FileRefusedException(FileRefusedException.Reason.TOO_LARGE,
                    "must be smaller than " + maxFileSizeInWords());
        }
        String type = types.detect(bytes);
        if (!types.isAllowed(type)) {
            throw new FileRefusedException(FileRefusedException.Reason.TYPE_NOT_ACCEPTED,
                    "must be " + FileTypes.ACCEPTED_IN_WORDS);
        }
        byte[] thumbnail = FileTypes.isImage(type) ? Thumbnails.of(bytes).orElse(null) : null;
        return new CheckedFile(name(originalName, type), type, bytes.length, sha256(bytes), bytes, thumbnail);
    }

    /**
     * Keeps the file and runs {@code record} (the command that records it on the case) in one transaction; if the
     * command is refused or fails, the file is not kept.
     */
    public void keep(String caseId, String evidenceId, String addedBy, CheckedFile file, Runnable record) {
        if (!(keys.forSealing(caseId) instanceof DataKeys.Live live)) {
            throw new RefusedCommandException("The case's personal content was erased: no file can be added to it.");
        }
        SecretKeySpec key = live.key();
        transaction.executeWithoutResult(status -> {
            vault.put(caseId, evidenceId, addedBy, file, key);
            record.run();
        });
        // The command ran inside this transaction: Axon's event store, told of its event at the command's own
        // commit (which only joined this one), looked for it before it was committed and found nothing, and would
        // look again only at its next poll, a second later. Told again now that it is committed, it hands the event
        // to the read models at once (an upload waits for its case's page to show it).
        events.publish(List.of());
    }

    /** The file as uploaded; empty when the case has no such file (or its key was destroyed). */
    public Optional<StoredFile> open(String caseId, String evidenceId) {
        return vault.open(caseId, evidenceId);
    }

    /** The file's thumbnail (a PNG) and who uploaded the file; empty when it has none (or its key was destroyed). */
    public Optional<StoredThumbnail> thumbnail(String caseId, String evidenceId) {
        return vault.thumbnail(caseId, evidenceId);
    }

    /** Whether a file of this type has a thumbnail (the images the JDK draws; a HEIC or WebP photo has none). */
    public static boolean drawable(String contentType) {
        return Thumbnails.DRAWN.contains(contentType);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A file's name as a page shows it in a problem: as it would be kept. */
    public static String shownName(String original) {
        return name(original, "application/octet-stream");
    }

    /**
     * The name to keep: the last part of what the device sent (a browser may send a whole path), without control
     * characters, at most {@value #NAME_LENGTH} characters; "evidence" with the type's extension when nothing is left.
     */
    static String name(String original, String type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            String subtype = type.substring(type.indexOf('/') + 1);
            name = "evidence." + (subtype.equals("plain") ? "txt" : subtype.replace("x-", ""));
        }
        if (name.length() > NAME_LENGTH) {
            name = name.substring(name.length() - NAME_LENGTH);
        }
        return name;
    }
}
