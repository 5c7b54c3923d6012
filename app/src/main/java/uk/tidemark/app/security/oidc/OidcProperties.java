package uk.tidemark.app.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * {@code tidemark.oidc.*}: how an OpenID Connect sign-in (the provider itself is a standard
 * {@code spring.security.oauth2.client.registration.*} entry) becomes a Tidemark user.
 *
 * @param trustId       the trust whose settings the provider's users work in
 * @param usernameClaim the ID token claim that names the user ({@code preferred_username}: Entra ID's sign-in
 *                      name; {@code email} for Google)
 * @param groupsClaim   the claim listing the user's groups (Entra ID: group object ids)
 * @param groupRoles    group id → grants, each {@code ROLE:setting-id} or {@code ROLE:*} (trust-wide), for
 *                      example {@code DSL:riverside-primary}. A user in no mapped group gets no access.
 */
@ConfigurationProperties("tidemark.oidc")
public record OidcProperties(
        @DefaultValue("") String trustId,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("groups") String groupsClaim,
        Map<String, List<String>> groupRoles) {

    public OidcProperties {
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
    }
}
