import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: GET a URL (default http://127.0.0.1:8080/actuator/health/readiness, the readiness
 * probe: ready to serve users, and not shutting down) and exit 0 when it answers 200 with "UP" in the body, 1
 * otherwise (503 OUT_OF_SERVICE or DOWN, refused, timed out). The JRE image is not promised
 * to carry curl or wget, so the image checks itself with the one tool it surely has: Java. Compiled in the
 * Dockerfile's build stage; run with a small heap so that it never competes with the application.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/actuator/health/readiness";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().contains("\"UP\"");
            if (!up) {
                System.err.println("unhealthy: HTTP " + response.statusCode() + " " + response.body());
            }
            System.exit(up ? 0 : 1);
        } catch (Exception e) {
            System.err.println("unhealthy: " + e);
            System.exit(1);
        }
    }
}
