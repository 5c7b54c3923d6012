package uk.tidemark.app.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The checks a case bundle answers on its own, with no database (decision 0054): every file the manifest lists is in
 * the ZIP with its size and SHA-256, nothing else is, and the manifest's Ed25519 signature is good under the public
 * key it carries. Whether that key is this installation's, and whether the audit trail holds the export, the running
 * application adds. Each problem is a sentence naming the file.
 */
public final class BundleVerifier {

    /** A bundle too large to be one (a ZIP bomb) is refused before it is read whole. */
    static final long MAX_BYTES = 1L << 30;

    /** What the bundle says of itself; {@code manifest} null when it has none that reads. */
    public record Result(BundleManifest manifest, String manifestSha256, List<String> problems) {
        public boolean valid() {
            return manifest != null && problems.isEmpty();
        }
    }

    /** The bytes are not a ZIP at all. */
    public static final class UnreadableBundle extends Exception {
        UnreadableBundle(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BundleVerifier() {
    }

    public static Result check(byte[] zip) throws UnreadableBundle {
        Map<String, byte[]> entries = entries(zip);
        List<String> problems = new ArrayList<>();
        byte[] manifestBytes = entries.get(BundleManifest.MANIFEST);
        if (manifestBytes == null) {
            problems.add(BundleManifest.MANIFEST + " is missing: this is not a Tidemark case bundle, or it was "
                    + "taken out.");
            return new Result(null, null, problems);
        }
        BundleManifest manifest;
        try {
            manifest = BundleManifest.parse(manifestBytes);
        } catch (RuntimeException e) {
            problems.add(BundleManifest.MANIFEST + " does not read as a manifest: it was changed.");
            return new Result(null, sha256(manifestBytes), problems);
        }
        if (!BundleManifest.FORMAT.equals(manifest.format()) || manifest.files() == null
                || manifest.installation() == null) {
            problems.add(BundleManifest.MANIFEST + " is not a manifest this verifier knows.");
            return new Result(null, sha256(manifestBytes), problems);
        }
        if (!signatureHolds(manifest, manifestBytes, entries.get(BundleManifest.SIGNATURE))) {
            problems.add(BundleManifest.MANIFEST + " does not match its signature (" + BundleManifest.SIGNATURE
                    + "): the manifest or the signature was changed.");
        }
        Map<String, BundleManifest.Entry> listed = new LinkedHashMap<>();
        for (BundleManifest.Entry entry : manifest.files()) {
            listed.put(entry.name(), entry);
            byte[] content = entries.get(entry.name());
            if (content == null) {
                problems.add(entry.name() + " is missing from the bundle.");
            } else if (content.length != entry.size() || !sha256(content).equals(entry.sha256())) {
                problems.add(entry.name() + " was changed since it was exported: its SHA-256 is not the manifest's.");
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.containsKey(name) && !name.equals(BundleManifest.MANIFEST)
                    && !name.equals(BundleManifest.SIGNATURE)) {
                problems.add(name + " was added: the manifest does not list it.");
            }
        }
        return new Result(manifest, sha256(manifestBytes), problems);
    }

    private static boolean signatureHolds(BundleManifest manifest, byte[] manifestBytes, byte[] signature) {
        if (signature == null || manifest.installation().publicKey() == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(manifest.installation().publicKey())));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(manifestBytes);
            return verifier.verify(Base64.getDecoder().decode(new String(signature,
                    java.nio.charset.StandardCharsets.US_ASCII).strip()))
                    && BundleManifest.keyIdOf(manifest.installation().publicKey())
                    .equals(manifest.installation().keyId());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The ZIP's entries by name; a name given twice is kept twice as a problem-making extra. */
    public static Map<String, byte[]> entries(byte[] zip) throws UnreadableBundle {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new UnreadableBundle("the bundle unpacks to more than 1 GB", null);
                }
                String name = entry.getName();
                while (entries.containsKey(name)) {
                    name = name + " (again)";
                }
                entries.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableBundle("the file is not a ZIP that can be read", e);
        }
        if (entries.isEmpty()) {
            throw new UnreadableBundle("the file is not a ZIP, or an empty one", null);
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
