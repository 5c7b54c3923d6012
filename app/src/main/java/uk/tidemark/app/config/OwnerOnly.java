package uk.tidemark.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds the whole record (events, accounts, read models), the first administrator's password and
 * the key of the two-factor secrets: nobody but the account Tidemark runs as may read it. Directories are 0700 and
 * files 0600 from the moment they exist (a mode set after writing leaves a moment in which the umask's 0644 applies).
 * Files a library creates there itself (H2's, the embedded read store's) get the umask's mode, but inside a 0700
 * directory nobody else can reach them, and {@link #narrowContents} brings them to 0600 as well. On a file system
 * without POSIX permissions nothing here applies.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) as 0700, or narrows an existing one to 0700. */
    public static void directory(Path dir) throws IOException {
        if (!posix(dir)) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        narrow(dir, DIRECTORY);
    }

    /**
     * Creates {@code file} as 0600 with nothing in it; answers false when it existed already (its mode is narrowed
     * then). Two starts racing for it: one creates it, the other is told it exists.
     */
    public static boolean createFile(Path file) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException exists) {
            narrow(file, FILE);
            return false;
        }
    }

    /** Writes {@code text} to {@code file}, 0600 before its first byte (a file already there is narrowed first). */
    public static void writeString(Path file, String text) throws IOException {
        createFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Narrows every directory under {@code dir} to 0700 and every file to 0600 that allows more, and answers the
     * paths it could not narrow (owned by another account): for files of an earlier version, or made by a library.
     */
    public static List<Path> narrowContents(Path dir) throws IOException {
        List<Path> refused = new ArrayList<>();
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return refused;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue; // never follow a link out of the directory
                }
                try {
                    narrow(path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE);
                } catch (IOException notOurs) {
                    refused.add(path);
                }
            }
        }
        return refused;
    }

    private static void narrow(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!posix(path)) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (!mode.containsAll(current)) {
            Set<PosixFilePermission> narrowed = EnumSet.noneOf(PosixFilePermission.class);
            narrowed.addAll(current);
            narrowed.retainAll(mode);
            Files.setPosixFilePermissions(path, narrowed);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
