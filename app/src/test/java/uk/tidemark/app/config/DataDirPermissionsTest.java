package uk.tidemark.app.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.tidemark.app.TidemarkApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the data directory and everything in it are the owner's alone (0700 directories, 0600 files): the
 * directory Tidemark makes, the files it writes (the first administrator's password, the two-factor key), the
 * stores' files (H2's event store, the embedded read store's), and what an earlier version left readable there.
 */
class DataDirPermissionsTest {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @Test
    void aNewDataDirectoryAndEveryFileInItAreOwnerOnly() throws IOException {
        Path dataDir = Path.of("target/test-data/permissions-" + UUID.randomUUID(), "nested", "data")
                .toAbsolutePath();
        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (String file : List.of("initial-admin-password", "totp-key", "events.mv.db", "readmodels.mv.db")) {
                assertThat(dataDir.resolve(file)).as(file).exists();
                assertThat(Files.getPosixFilePermissions(dataDir.resolve(file))).as(file)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            assertNothingOpenToOthers(dataDir);
        }
    }

    @Test
    void aDataDirectoryAnEarlierVersionLeftOpenIsClosed() throws IOException {
        Path dataDir = Path.of("target/test-data/permissions-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = dataDir.resolve("initial-admin-password");
        Files.writeString(old, "an-old-password\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Path backups = Files.createDirectories(dataDir.resolve("backups"));
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxrwxrwx"));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(old)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(backups)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertNothingOpenToOthers(dataDir);
        }
    }

    private static void assertNothingOpenToOthers(Path dataDir) throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.forEach(path -> {
                try {
                    assertThat(Files.getPosixFilePermissions(path)).as("%s", dataDir.relativize(path))
                            .doesNotContainAnyElementsOf(OTHERS);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TidemarkApplication.class).run("--tidemark.data-dir=" + dataDir,
                "--server.port=0", "--management.server.port=0", "--tidemark.security.totp.required-roles=");
    }
}
