package uk.tidemark.app.security.totp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.tidemark.app.account.Role;

import java.util.Set;

/**
 * {@code tidemark.security.totp.*}: who must use two-factor sign-in, and the key its secrets are kept under.
 *
 * @param requiredRoles local accounts holding any of these roles need a TOTP code at every sign-in; empty for
 *                      nobody
 * @param key           base64 of 32 bytes: the AES key that encrypts the stored secrets; empty for a key
 *                      generated once into the data directory (one instance only: several instances sharing a
 *                      database must all be given the same key)
 * @param issuer        the name authenticator apps show beside the account
 */
@ConfigurationProperties("tidemark.security.totp")
public record TotpProperties(
        @DefaultValue({"DSL", "DEPUTY_DSL", "HR", "HEADTEACHER", "ADMIN"}) Set<Role> requiredRoles,
        @DefaultValue("") String key,
        @DefaultValue("Tidemark") String issuer) {

    public TotpProperties {
        requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
    }
}
