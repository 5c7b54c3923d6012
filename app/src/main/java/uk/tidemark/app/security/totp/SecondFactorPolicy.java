package uk.tidemark.app.security.totp;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;

import java.util.List;

/** Who must give a TOTP code when signing in with a password: {@code tidemark.security.totp.required-roles}. */
@Component
public class SecondFactorPolicy {

    private final TotpProperties properties;
    private final List<SecondFactorExemption> exemptions;

    SecondFactorPolicy(TotpProperties properties, List<SecondFactorExemption> exemptions) {
        this.properties = properties;
        this.exemptions = List.copyOf(exemptions);
    }

    public boolean required(TidemarkUser user) {
        return user.roles().stream().anyMatch(properties.requiredRoles()::contains)
                && exemptions.stream().noneMatch(e -> e.exempt(user));
    }

    /** The otpauth:// address an authenticator app reads (typed, pasted, or opened on a phone). */
    public String otpauthUri(String username, String base32Secret) {
        String issuer = properties.issuer();
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
