package uk.tidemark.app.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The offline verifier of a case bundle (decision 0054): whether the ZIP is exactly what the manifest lists and the
 * manifest's signature holds, with no database and no running Tidemark. From the built jar (README):
 * <pre>
 * java -Dloader.main=uk.tidemark.app.audit.VerifyBundle -cp app/target/tidemark-exec.jar \
 *     org.springframework.boot.loader.launch.PropertiesLauncher BUNDLE.zip [--key-id KEY-ID]
 * </pre>
 * {@code --key-id} also requires the manifest to be signed by that installation's key (its id is on the verification
 * page of the installation, and in each manifest). Exit status 0 when the bundle is valid, 1 when it is not, 2 when
 * the file could not be read.
 */
public final class VerifyBundle {

    private VerifyBundle() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without the exit: its status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String keyId = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key-id") && i + 1 < args.length) {
                keyId = args[++i].strip();
            } else if (!args[i].startsWith("--") && file == null) {
                file = args[i];
            } else {
                return usage(err);
            }
        }
        if (file == null) {
            return usage(err);
        }
        BundleVerifier.Result result;
        try {
            result = BundleVerifier.check(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            err.println("could not read the bundle: " + e.getMessage());
            return 2;
        } catch (BundleVerifier.UnreadableBundle e) {
            err.println("could not read the bundle: " + e.getMessage());
            return 2;
        }
        boolean otherKey = keyId != null && result.manifest() != null
                && !keyId.equalsIgnoreCase(result.manifest().installation().keyId());
        if (result.valid() && !otherKey) {
            BundleManifest m = result.manifest();
            out.printf("VALID: case %s (%s) exported %s by %s for %s; %d files as listed; signed by key %s; "
                            + "manifest SHA-256 %s%n", m.reference(), m.caseId(), m.exportedAt(), m.exportedBy(),
                    m.recipient(), m.files().size(), m.installation().keyId(), result.manifestSha256());
            return 0;
        }
        out.println("INVALID:");
        result.problems().forEach(problem -> out.println("  " + problem));
        if (otherKey) {
            out.println("  The manifest is signed by key " + result.manifest().installation().keyId()
                    + ", not by " + keyId + ".");
        }
        return 1;
    }

    private static int usage(PrintStream err) {
        err.println("usage: VerifyBundle <bundle.zip> [--key-id <key id>]");
        return 2;
    }
}
