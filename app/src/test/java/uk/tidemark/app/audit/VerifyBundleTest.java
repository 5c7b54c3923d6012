package uk.tidemark.app.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's bundle verifier (decision 0054), as a recipient runs it with no Tidemark: a bundle as signed is valid
 * (0); a changed, missing or added file, or a manifest signed by another key than the one asked for, is not (1), and
 * the output names the file; a file that is no ZIP cannot be checked (2).
 */
class VerifyBundleTest {

    @TempDir
    Path dir;

    private final Map<String, byte[]> files = new LinkedHashMap<>(Map.of(
            "case.pdf", "%PDF-1.7 a case".getBytes(StandardCharsets.US_ASCII),
            "case.json", "{\"reference\":\"RP-26-0001\"}".getBytes(StandardCharsets.UTF_8),
            "files/e1-photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));

    private static KeyPair key() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** A bundle as Tidemark makes one: the manifest over {@code listed}, signed, beside {@code contents}. */
    private byte[] bundle(KeyPair key, Map<String, byte[]> listed, Map<String, byte[]> contents) throws Exception {
        String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, "case-1", "RP-26-0001", "Alder School",
                "The LADO", false, "2026-12-07T10:00:00Z", "Dee Ess", new BundleManifest.AuditPosition(7, "a".repeat(64)),
                BundleManifest.Installation.signedWith(publicKey), listed.entrySet().stream().map(f -> new BundleManifest.Entry(
                f.getKey(), f.getValue().length, BundleVerifier.sha256(f.getValue()))).toList());
        byte[] bytes = manifest.bytes();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(bytes);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(BundleManifest.MANIFEST, bytes);
        all.put(BundleManifest.SIGNATURE, Base64.getEncoder().encode(signer.sign()));
        all.putAll(contents);
        return zip(all);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Run(int status, String out) {
    }

    private Run run(byte[] bundle, String... more) throws IOException {
        Path file = dir.resolve("bundle-" + UUID.randomUUID() + ".zip");
        Files.write(file, bundle);
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyBundle.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBundleAsSignedIsValidAndSaysWhatItIs() throws Exception {
        KeyPair key = key();
        Run run = run(bundle(key, files, files));
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("VALID").contains("RP-26-0001", "The LADO", "Dee Ess", "3 files");
        String keyId = BundleManifest.keyIdOf(Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
        assertThat(run(bundle(key, files, files), "--key-id", keyId).status()).isZero();
    }

    @Test
    void oneByteChangedInAnyFileFailsNamingIt() throws Exception {
        KeyPair key = key();
        for (String name : files.keySet()) {
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            byte[] bytes = files.get(name).clone();
            bytes[bytes.length - 1] ^= 1;
            changed.put(name, bytes);
            Run run = run(bundle(key, files, changed));
            assertThat(run.status()).as(name).isEqualTo(1);
            assertThat(run.out()).contains(name + " was changed");
        }
    }

    @Test
    void aRemovedOrAddedFileFailsNamingIt() throws Exception {
        KeyPair key = key();
        Map<String, byte[]> removed = new LinkedHashMap<>(files);
        removed.remove("files/e1-photo.png");
        Run missing = run(bundle(key, files, removed));
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("files/e1-photo.png is missing");
        Map<String, byte[]> added = new LinkedHashMap<>(files);
        added.put("files/later.txt", "added".getBytes(StandardCharsets.UTF_8));
        Run extra = run(bundle(key, files, added));
        assertThat(extra.status()).isEqualTo(1);
        assertThat(extra.out()).contains("files/later.txt was added");
    }

    @Test
    void aManifestChangedAfterSigningOrSignedByAnotherKeyFails() throws Exception {
        KeyPair key = key();
        byte[] good = bundle(key, files, files);
        // the manifest re-made over a changed file, but signed by another key than the school's
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put("case.json", "{\"reference\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        String keyId = BundleManifest.keyIdOf(Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
        Run forged = run(bundle(key(), changed, changed), "--key-id", keyId);
        assertThat(forged.status()).isEqualTo(1);
        assertThat(forged.out()).contains("not by " + keyId);
        // the signature of one manifest beside another
        byte[] other = bundle(key(), files, files);
        Map<String, byte[]> swapped = new LinkedHashMap<>();
        swapped.put(BundleManifest.MANIFEST, entry(good, BundleManifest.MANIFEST));
        swapped.put(BundleManifest.SIGNATURE, entry(other, BundleManifest.SIGNATURE));
        swapped.putAll(files);
        Run run = run(zip(swapped));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("manifest.json does not match its signature");
    }

    @Test
    void aFileThatIsNoZipCannotBeChecked() throws Exception {
        assertThat(run("not a zip at all".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(2);
        assertThat(VerifyBundle.run(new String[0], new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in the bundle");
    }
}
