package uk.tidemark.app.security;

import idp.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.web.Browser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against a real provider ({@link TestIdentityProvider}, Spring Authorization Server on
 * a random port): the authorization-code flow driven as a browser would, with a cookie jar and the provider's
 * own sign-in form; roles and settings from the groups claim through {@code tidemark.oidc.group-roles}; no
 * access for a user in no mapped group; and local accounts still sign in with their password beside it.
 */
class OidcSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext tidemark;
    private static String base;

    @BeforeAll
    static void start() {
        String run = UUID.randomUUID().toString();
        provider = TestIdentityProvider.start("target/test-data/idp-" + run);
        tidemark = new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.data-dir=target/test-data/oidc-" + run, "--tidemark.embedded-mongo.in-memory=true",
                "--server.port=0", "--management.server.port=0",
                "--spring.security.oauth2.client.registration.school.client-id=" + TestIdentityProvider.CLIENT_ID,
                "--spring.security.oauth2.client.registration.school.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                "--spring.security.oauth2.client.registration.school.client-name=School account",
                "--spring.security.oauth2.client.registration.school.scope=openid",
                "--spring.security.oauth2.client.provider.school.issuer-uri=" + TestIdentityProvider.issuer(provider),
                "--tidemark.oidc.trust-id=trust-1",
                "--tidemark.oidc.group-roles.0b7c5a3e-dsl-setting-a=DSL:setting-a",
                "--tidemark.oidc.group-roles.trust-hr=HR:*");
        base = "http://127.0.0.1:" + tidemark.getEnvironment().getProperty("local.server.port");
        AccountStore accounts = tidemark.getBean(AccountStore.class);
        accounts.createTrust("trust-1", "Test Trust");
        accounts.createSetting(new Setting("setting-a", "trust-1", "Alder School"));
        accounts.createSetting(new Setting("setting-b", "trust-1", "Birch School"));
        // a local account with the name the provider gives carol: never taken over
        accounts.createUser("carol" + TestIdentityProvider.DOMAIN, "Carol Local",
                tidemark.getBean(PasswordEncoder.class).encode("carol-local-password"), EnumSet.of(Role.STAFF),
                "trust-1", false, Set.of("setting-a"));
        accounts.createUser("local-staff", "Local Staff",
                tidemark.getBean(PasswordEncoder.class).encode("local-staff-password"), EnumSet.of(Role.STAFF),
                "trust-1", false, Set.of("setting-a"));
    }

    @AfterAll
    static void stop() {
        if (tidemark != null) {
            tidemark.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aProviderUserInAMappedGroupSignsInWithTheRolesAndSettingsOfTheMapping() {
        Browser browser = new Browser(base);
        assertThat(browser.get("/login").body()).as("the sign-in page offers the provider")
                .contains("/oauth2/authorization/school").contains("School account");

        HttpResponse<String> landed = signInAtProvider(browser, "alice");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.body()).contains("Signed in as", "Alice Example");

        String me = browser.get("/api/me").body();
        assertThat(me).contains("\"username\":\"alice" + TestIdentityProvider.DOMAIN + "\"")
                .contains("\"roles\":[\"DSL\"]").contains("\"id\":\"setting-a\"").doesNotContain("setting-b");
        assertThat(browser.get("/api/incidents").statusCode()).as("a DSL's API").isEqualTo(200);

        // an accounts row, so that notifications and case links find the user; no password opens it
        JdbcTemplate jdbc = tidemark.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT sign_in FROM tidemark_user WHERE username = ?", String.class,
                "alice" + TestIdentityProvider.DOMAIN)).isEqualTo("OIDC");
        assertThat(new Browser(base).getWithBasic("/api/me", "alice" + TestIdentityProvider.DOMAIN, "!oidc")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aStarInTheMappingIsTrustWide() {
        Browser browser = new Browser(base);
        assertThat(signInAtProvider(browser, "hannah").uri().getPath()).isEqualTo("/");
        String me = browser.get("/api/me").body();
        assertThat(me).contains("\"roles\":[\"HR\"]").contains("setting-a").contains("setting-b");
    }

    @Test
    void aProviderUserInNoMappedGroupGetsNoAccess() {
        Browser browser = new Browser(base);
        HttpResponse<String> refused = signInAtProvider(browser, "bob");
        assertThat(refused.uri().getPath() + "?" + refused.uri().getQuery()).isEqualTo("/login?error");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Browser.location(browser.get("/"))).isEqualTo("/login");
        assertThat(tidemark.getBean(AccountStore.class).exists("bob" + TestIdentityProvider.DOMAIN))
                .as("no account is made for them").isFalse();
    }

    @Test
    void aProviderUserNamedLikeALocalAccountIsRefusedAndTheAccountKeepsItsRoles() {
        Browser browser = new Browser(base);
        HttpResponse<String> refused = signInAtProvider(browser, "carol");
        assertThat(refused.uri().getQuery()).isEqualTo("error");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(tidemark.getBean(AccountStore.class).find("carol" + TestIdentityProvider.DOMAIN).orElseThrow()
                .roles()).containsExactly(Role.STAFF);
    }

    @Test
    void localAccountsStillSignInWithTheirPasswordBesideTheProvider() {
        Browser browser = new Browser(base);
        assertThat(Browser.location(browser.get("/"))).as("a browser is asked to choose, not sent to the provider")
                .isEqualTo("/login");
        assertThat(Browser.location(browser.signIn("local-staff", "local-staff-password")))
                .as("back to the page it asked for").isEqualTo("/?continue");
        assertThat(browser.get("/api/me").body()).contains("\"username\":\"local-staff\"");
    }

    /**
     * The authorization-code flow as a browser runs it: Tidemark sends the browser to the provider, whose sign-in
     * form takes the password, and the provider sends it back with a code that Tidemark exchanges for the ID
     * token. Answers the last page, after the redirects.
     */
    private static HttpResponse<String> signInAtProvider(Browser browser, String user) {
        HttpResponse<String> response = browser.get("/oauth2/authorization/school");
        boolean signedInAtProvider = false;
        for (int hops = 0; hops < 12; hops++) {
            if (response.statusCode() == 302) {
                response = browser.get(URI.create(response.uri().toString()).resolve(
                        response.headers().firstValue("Location").orElseThrow()).toString());
            } else if (!signedInAtProvider && response.statusCode() == 200
                    && response.uri().toString().startsWith(TestIdentityProvider.issuer(provider) + "/login")) {
                Matcher csrf = CSRF.matcher(response.body());
                assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
                response = browser.post(TestIdentityProvider.issuer(provider) + "/login",
                        Map.of("username", user, "password", TestIdentityProvider.passwordOf(user)), csrf.group(1));
                signedInAtProvider = true;
            } else {
                return response;
            }
        }
        throw new AssertionError("too many redirects; last " + response.statusCode() + " " + response.uri());
    }
}
