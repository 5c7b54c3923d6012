package uk.tidemark.app.upgrade;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.tidemark.app.support.TestAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The stores an upgrade fixture is made on and read back into. A fixture is one zip: the data directory under
 * {@code data/} (for H2 the event store and everything else; for PostgreSQL the embedded read store, which keeps the
 * processors' tracking tokens, and the key that encrypts the second factors), and for PostgreSQL the database as a
 * plain SQL dump, {@code postgresql.sql} ({@link PlainSqlDump}).
 */
abstract class FixtureStore implements AutoCloseable {

    static final String DATA = "data/";
    static final String DUMP = "postgresql.sql";
    /** Zip entries get this time, so that the same files give the same zip. */
    private static final long ENTRY_TIME = 0L;

    final Path dataDir;

    private FixtureStore(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** {@code h2} or {@code postgresql}: the fixture's file names. */
    abstract String name();

    /** The command-line arguments that put the application on this store. */
    abstract List<String> appArguments();

    abstract Connection connect() throws SQLException;

    /** Packs the stopped application's stores into {@code zip}. */
    abstract void pack(Path zip) throws IOException, SQLException;

    @Override
    public void close() throws IOException {
    }

    // ---- H2 ----

    static FixtureStore h2(Path dataDir) {
        return new FixtureStore(dataDir) {
            @Override
            String name() {
                return "h2";
            }

            @Override
            List<String> appArguments() {
                return List.of(); // the default: the H2 file in the data directory
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(TestAccounts.h2Url(dataDir), "sa", "");
            }

            @Override
            void pack(Path zip) throws IOException, SQLException {
                // the application has closed the file; compacting it is H2's own rewrite of the same data
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                    zipDataDir(out);
                }
            }
        };
    }

    /** The unpacked H2 fixture: its data directory is the whole store. */
    static FixtureStore h2From(Path zip, Path dataDir) throws IOException {
        unzip(zip, dataDir, null);
        return h2(dataDir);
    }

    // ---- PostgreSQL ----

    static FixtureStore postgres(Path dataDir) throws IOException {
        return postgres(dataDir, EmbeddedPostgres.builder().start());
    }

    /** The unpacked PostgreSQL fixture: the dump loaded into a new embedded server's database, and the data directory. */
    static FixtureStore postgresFrom(Path zip, Path dataDir) throws IOException, SQLException {
        Path dump = Files.createTempFile("tidemark-upgrade", ".sql");
        try {
            unzip(zip, dataDir, dump);
            FixtureStore store = postgres(dataDir, EmbeddedPostgres.builder().start());
            try (Connection c = store.connect();
                 InputStreamReader in = new InputStreamReader(Files.newInputStream(dump), StandardCharsets.UTF_8)) {
                PlainSqlDump.load(c, in);
            } catch (IOException | SQLException | RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static FixtureStore postgres(Path dataDir, EmbeddedPostgres server) {
        String url = server.getJdbcUrl("postgres", "postgres");
        return new FixtureStore(dataDir) {
            @Override
            String name() {
                return "postgresql";
            }

            @Override
            List<String> appArguments() {
                return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "postgres", "");
            }

            @Override
            void pack(Path zip) throws IOException, SQLException {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                    ZipEntry entry = new ZipEntry(DUMP);
                    entry.setTime(ENTRY_TIME);
                    out.putNextEntry(entry);
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    try (Connection c = connect()) {
                        PlainSqlDump.write(c, writer);
                    }
                    writer.flush();
                    out.closeEntry();
                    zipDataDir(out);
                }
            }

            @Override
            public void close() throws IOException {
                server.close();
            }
        };
    }

    // ---- zip ----

    void zipDataDir(ZipOutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(DATA + dataDir.relativize(file).toString().replace('\\', '/'));
            entry.setTime(ENTRY_TIME);
            out.putNextEntry(entry);
            Files.copy(file, out);
            out.closeEntry();
        }
    }

    /** Unpacks the data directory's files into {@code dataDir}, and the dump (if any) into {@code dump}. */
    private static void unzip(Path zip, Path dataDir, Path dump) throws IOException {
        Files.createDirectories(dataDir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target;
                if (entry.getName().equals(DUMP) && dump != null) {
                    target = dump;
                } else if (entry.getName().startsWith(DATA) && !entry.isDirectory()) {
                    target = dataDir.resolve(entry.getName().substring(DATA.length())).normalize();
                    if (!target.startsWith(dataDir)) {
                        throw new IOException("a zip entry outside the data directory: " + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                } else {
                    throw new IOException("an unexpected entry in " + zip.getFileName() + ": " + entry.getName());
                }
                copy(in, target);
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }
}
