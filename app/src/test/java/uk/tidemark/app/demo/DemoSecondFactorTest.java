package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo users sign in without a second factor only while the demo listens on a loopback address; on a network
 * address they need one like everybody else, and on loopback everybody else still does.
 */
class DemoSecondFactorTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onLoopbackTheDemoUsersNeedNoCodeButOtherAccountsStillDo() throws Exception {
        try (ConfigurableApplicationContext demo = start("--server.address=127.0.0.1")) {
            for (String user : new String[]{"dsl", "deputy", "head", "hr", "admin"}) {
                assertThat(me(demo, user, DemoModeTest.PASSWORD).statusCode()).as(user).isEqualTo(200);
            }
            demo.getBean(AccountStore.class).createUser("outsider", "Not A Demo User",
                    demo.getBean(PasswordEncoder.class).encode("outsider-password-1"), EnumSet.of(Role.DSL),
                    DemoOrganisation.TRUST_ID, false, Set.of(DemoOrganisation.RIVERSIDE_PRIMARY.id()));
            HttpResponse<String> outsider = me(demo, "outsider", "outsider-password-1");
            assertThat(outsider.statusCode()).isEqualTo(401);
            assertThat(outsider.body()).contains("two-factor");
        }
    }

    @Test
    void onEveryAddressTheDemoUsersNeedACodeToo() throws Exception {
        try (ConfigurableApplicationContext demo = start()) {
            HttpResponse<String> dsl = me(demo, "dsl", DemoModeTest.PASSWORD);
            assertThat(dsl.statusCode()).isEqualTo(401);
            assertThat(dsl.body()).contains("two-factor");
            assertThat(me(demo, "staff", DemoModeTest.PASSWORD).statusCode()).as("staff need no code anywhere")
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyALoopbackAddressCounts() throws Exception {
        assertThat(DemoSecondFactorExemption.loopback(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(DemoSecondFactorExemption.loopback(InetAddress.getByName("::1"))).isTrue();
        assertThat(DemoSecondFactorExemption.loopback(InetAddress.getByName("localhost"))).isTrue();
        assertThat(DemoSecondFactorExemption.loopback(null)).as("every address").isFalse();
        assertThat(DemoSecondFactorExemption.loopback(InetAddress.getByName("0.0.0.0"))).isFalse();
        assertThat(DemoSecondFactorExemption.loopback(InetAddress.getByName("192.168.1.20"))).isFalse();
    }

    private static ConfigurableApplicationContext start(String... more) {
        String[] args = {"--tidemark.demo.enabled=true", "--tidemark.demo.password=" + DemoModeTest.PASSWORD,
                "--tidemark.data-dir=target/test-data/demo-2fa-" + UUID.randomUUID(),
                "--tidemark.embedded-mongo.in-memory=true", "--server.port=0", "--management.server.port=0"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return new SpringApplicationBuilder(TidemarkApplication.class).run(all);
    }

    private HttpResponse<String> me(ConfigurableApplicationContext app, String user, String password) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
