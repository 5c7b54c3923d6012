package uk.tidemark.app.account;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in local account. {@code settingIds} are the settings the user belongs to; a trust-wide user sees
 * every setting of their trust (resolved by {@code AccessScope}).
 */
public class TidemarkUser implements UserDetails, CredentialsContainer {

    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final String trustId;
    private final boolean trustWide;
    private final Set<String> settingIds;
    private final boolean enabled;
    private final long accountVersion;
    private final boolean mustChangePassword;

    public TidemarkUser(String username, String displayName, String passwordHash, Set<Role> roles, String trustId,
                        boolean trustWide, Set<String> settingIds, boolean enabled) {
        this(username, displayName, passwordHash, roles, trustId, trustWide, settingIds, enabled, 0, false);
    }

    /**
     * @param accountVersion     the account's version when it was read: a session signed in with it ends once the
     *                           stored version moves on (decision 0024)
     * @param mustChangePassword the password is one an administrator handed out: nothing but changing it is open
     */
    public TidemarkUser(String username, String displayName, String passwordHash, Set<Role> roles, String trustId,
                        boolean trustWide, Set<String> settingIds, boolean enabled, long accountVersion,
                        boolean mustChangePassword) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.trustId = trustId;
        this.trustWide = trustWide;
        this.settingIds = Set.copyOf(settingIds);
        this.enabled = enabled;
        this.accountVersion = accountVersion;
        this.mustChangePassword = mustChangePassword;
    }

    /** The account's version this session signed in with ({@link uk.tidemark.app.account.AccountVersions}). */
    public long accountVersion() {
        return accountVersion;
    }

    /** Whether the user must choose a new password before anything else (decision 0024). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether the account has a Tidemark password to change (not one that signs in through an identity provider). */
    public boolean hasLocalPassword() {
        return true;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String trustId() {
        return trustId;
    }

    public boolean trustWide() {
        return trustWide;
    }

    public Set<String> settingIds() {
        return settingIds;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "TidemarkUser[" + username + "]";
    }
}
