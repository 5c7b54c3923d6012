package uk.tidemark.app.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * The offline verifier: checks a Tidemark store's audit chain over plain JDBC, with the application stopped (the
 * embedded H2 file is the application's alone while it runs). From the built jar (README):
 * <pre>
 * java -Dloader.main=uk.tidemark.app.audit.VerifyAuditLog -cp app/target/tidemark-exec.jar \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --url jdbc:h2:file:./data/events
 * </pre>
 * Options: {@code --url} (required), {@code --user} (default {@code sa}), {@code --password} (default empty; or
 * the environment variable {@code TIDEMARK_VERIFY_PASSWORD}, which keeps it out of the process list). It only
 * reads (and never creates an H2 database where there is none). Exit status 0 when the chain is valid, 1 when it
 * is not, 2 when it could not be checked.
 */
public final class VerifyAuditLog {

    private VerifyAuditLog() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without the exit: its status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String user = "sa";
        String password = System.getenv().getOrDefault("TIDEMARK_VERIFY_PASSWORD", "");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> {
                    err.println("unknown option: " + arg);
                    return usage(err);
                }
            }
            if (value == null) {
                return usage(err);
            }
            i++;
        }
        if (url == null) {
            return usage(err);
        }
        // an embedded H2 URL that names no existing database must not create an empty one
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
            url = url + ";IFEXISTS=TRUE";
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            AuditVerifier.Result result = AuditVerifier.verify(connection);
            if (result.valid()) {
                out.printf("VALID: %d entries; last hash %s%n", result.entries(), result.lastHash());
                return 0;
            }
            out.printf("INVALID: first bad entry at position %d (%s); %d entries before it are intact%n",
                    result.firstInvalid(), result.reason(), result.entries());
            return 1;
        } catch (SQLException e) {
            // the driver's message says what is wrong with the URL or the database; it holds no case data
            err.println("could not check the audit trail: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: VerifyAuditLog --url <jdbc url> [--user <name>] [--password <password>]");
        return 2;
    }
}
