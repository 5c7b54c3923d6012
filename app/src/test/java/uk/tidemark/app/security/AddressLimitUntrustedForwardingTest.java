package uk.tidemark.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The per-address limit keys on the connection's own address when the peer is not a trusted proxy: here no proxy
 * is trusted, so a client cannot escape the limit by naming itself another address in {@code X-Forwarded-For}.
 * A second client on another address (127.0.0.2: Linux routes the whole of 127/8 to loopback) still signs in.
 */
@RunningApp
@TestPropertySource(properties = {"server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.200",
        "tidemark.security.address-limit.failures=3", "tidemark.security.address-limit.period=1h"})
class AddressLimitUntrustedForwardingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aForwardedHeaderFromAnUntrustedPeerDoesNotMoveTheLimitToAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(status("127.0.0.1", "nobody-" + i, "a guess", "203.0.113." + i)).isEqualTo(401);
        }
        assertThat(status("127.0.0.1", TRUSTEE, PASSWORD, "198.51.100.99"))
                .as("the limit is 127.0.0.1's, whatever the header says").isEqualTo(429);
        assertThat(status("127.0.0.2", TRUSTEE, PASSWORD, null)).as("another address").isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT bucket_key FROM tidemark_sign_in_bucket", String.class))
                .containsExactly("address:127.0.0.1");
    }

    /** GET /api/me with HTTP Basic over a socket bound to {@code from}: the status code. */
    private int status(String from, String username, String password, String forwardedFor) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            String request = "GET /api/me HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\n" + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Accept: application/json\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
