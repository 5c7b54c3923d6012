package uk.tidemark.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tidemark started as a separate JVM on the test classpath, so that a test can {@code kill -9} it
 * ({@link Process#destroyForcibly()} sends SIGKILL on Linux) and start it again on the same data directory.
 */
public final class TidemarkProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private TidemarkProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public static TidemarkProcess start(Path dataDir, Path log, String... extraArgs) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"),
                "uk.tidemark.app.TidemarkApplication",
                "--server.port=" + port,
                // the actuator's own port (metrics; decision 0028): one per process, or a second would not start
                "--management.server.port=" + managementPort,
                "--tidemark.data-dir=" + dataDir.toAbsolutePath(),
                // the API clients of these tests sign in with a password alone
                "--tidemark.security.totp.required-roles="));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new TidemarkProcess(process, port, managementPort, log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The management port's address: the actuator's metrics ({@code /actuator/prometheus}). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Waits until /actuator/health answers UP; fails if the process dies or the time runs out. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tidemark exited with " + process.exitValue() + " while starting:\n"
                        + tailOfLog());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Tidemark was not healthy within " + timeout);
    }

    private String tailOfLog() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly what a power cut or OOM-killer does. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM, as {@code docker stop} sends it: the application shuts down gracefully. Waits at most {@code grace} for
     * it to exit (then SIGKILL, as Docker would, and fails); its exit status.
     */
    public int terminate(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            killHard();
            throw new IllegalStateException("Tidemark did not stop within " + grace + " of SIGTERM:\n" + tailOfLog());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                killHard();
            }
        }
    }

    /**
     * A port free now and below the system's ephemeral range. A port the system hands out for {@code bind(0)} comes
     * from that range, which every outgoing connection draws from too: between this check and the child's bind, a
     * connection of any process (a pool's to PostgreSQL, a client's) could take it, and the child then fails to start
     * ("Port 45921 was already in use", seen once on a full run). Below the range only an explicit bind takes a port.
     */
    private static int freePort() throws IOException {
        int low = ephemeralLow();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100 && low > 12_000; attempt++) {
            int candidate = random.nextInt(10_000, low);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first port of the ephemeral range (Linux's {@code ip_local_port_range}; 32768 if unknown). */
    private static int ephemeralLow() {
        try {
            String range = java.nio.file.Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
