package uk.tidemark.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.tidemark.app.config.OwnerOnly;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * On first start with no users, creates {@code admin} with a random password, prints it once on the console
 * and writes it to {@code <data-dir>/initial-admin-password} (owner-readable only). Never a fixed default, and
 * for the first sign-in only: the administrator must choose their own password before anything else (decision 0024).
 * Runs after the demo seeder, which creates its own users.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final Path dataDir;

    InitialAdministrator(AccountStore accounts, PasswordEncoder encoder,
                         @Value("${tidemark.data-dir-absolute}") String dataDir) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.countUsers() > 0) {
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // a password printed on a console and left in a file: the administrator chooses their own at first sign-in
        accounts.createUser("admin", "Administrator", encoder.encode(password), EnumSet.of(Role.ADMIN), null, true,
                Set.of(), null, true);
        Path file = dataDir.resolve("initial-admin-password");
        // 0600 before the password's first byte is in it (decision 0028)
        OwnerOnly.writeString(file, password + System.lineSeparator());
        // Printed on the console once, deliberately not through the logger, so it never reaches log files.
        System.out.println();
        System.out.println("  Tidemark created the administrator account 'admin' with the password:");
        System.out.println("      " + password);
        System.out.println("  It is also in " + file + " . It is for the first sign-in only: Tidemark asks for a");
        System.out.println("  new password of your own straight after it.");
        System.out.println();
        log.info("Created the initial administrator account; its password is in the data directory");
    }
}
