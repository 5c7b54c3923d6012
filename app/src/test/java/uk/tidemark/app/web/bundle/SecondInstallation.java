package uk.tidemark.app.web.bundle;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static uk.tidemark.app.fixture.TestAccounts.PASSWORD;

/**
 * Another school's Tidemark beside the test's own (decision 0057): a second application in this JVM on its own data
 * directory (its own event store, read store, evidence key and bundle signing key), empty but for one trust, one
 * setting (Oak Lane Academy) and its DSL, who signs in with the test password, so an {@link ApiClient} on it works.
 */
final class SecondInstallation implements AutoCloseable {

    static final String DSL = "oak-dsl";
    static final String DSL_NAME = "Olu Akande";
    static final String SETTING = "oak-lane";
    static final String SETTING_NAME = "Oak Lane Academy";

    private final ConfigurableApplicationContext context;
    final ApiClient api;

    private SecondInstallation(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new ApiClient(context.getEnvironment());
    }

    static SecondInstallation start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.data-dir=target/test-data/second-" + UUID.randomUUID(),
                "--tidemark.embedded-mongo.in-memory=true",
                "--tidemark.demo.enabled=false",
                "--tidemark.security.totp.required-roles=",
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--management.server.port=0");
        AccountStore accounts = context.getBean(AccountStore.class);
        accounts.createTrust("oak-trust", "Oak Trust");
        accounts.createSetting(new Setting(SETTING, "oak-trust", SETTING_NAME));
        accounts.createUser(DSL, DSL_NAME, new BCryptPasswordEncoder(4).encode(PASSWORD), EnumSet.of(Role.DSL),
                "oak-trust", false, Set.of(SETTING));
        return new SecondInstallation(context);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** Polls this installation as its DSL (its own processors, on a busy machine: up to ten seconds). */
    com.fasterxml.jackson.databind.JsonNode await(String path, Predicate<Reply> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Reply last;
        do {
            last = api.get(DSL, path);
            if (done.test(last)) {
                return last.json();
            }
            CaseFixture.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " never answered as expected: " + last);
    }

    @Override
    public void close() {
        context.close();
    }
}
