package uk.tidemark.app.crypto;

import uk.tidemark.app.config.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A master key: given in a property (base64 of 32 bytes), or else kept in a file of the data directory, made on first
 * use (owner-readable only, before anything is written to it). Either way it lives apart from the database whose
 * contents it seals, so a copy of the database alone opens nothing.
 */
public final class KeyFile {

    private KeyFile() {
    }

    /**
     * @param property the configured key (blank: use the file)
     * @param name     the property's name, for the error when it is not a key
     * @return the key, and whether the file was made just now
     */
    public static Loaded load(String property, String name, Path file) {
        if (property != null && !property.isBlank()) {
            return new Loaded(decode(property, name), false);
        }
        try {
            // another start racing for it made it first: use theirs (an existing key's mode is narrowed to 0600)
            boolean made = OwnerOnly.createFile(file);
            if (made) {
                Files.writeString(file, Base64.getEncoder().encodeToString(AesGcm.newKey()) + System.lineSeparator());
            }
            return new Loaded(decode(Files.readString(file), name), made);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + file.getFileName()
                    + " in the data directory", e);
        }
    }

    /** A key and whether it was made by this start. */
    public record Loaded(byte[] raw, boolean made) {
    }

    private static byte[] decode(String base64, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != AesGcm.KEY_BYTES) {
            throw new IllegalStateException(name + " must be base64 of 32 bytes");
        }
        return raw;
    }
}
