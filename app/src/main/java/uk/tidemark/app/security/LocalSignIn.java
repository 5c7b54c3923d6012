package uk.tidemark.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.tidemark.app.security.lockout.SignInLocks;
import uk.tidemark.app.security.totp.SecondFactorPolicy;
import uk.tidemark.app.security.totp.SecondFactorStore;

import java.time.Instant;

/**
 * Password sign-in of local accounts, for the API's HTTP Basic and the sign-in form alike, with the lock-out
 * and the second factor around it:
 * <ul>
 *   <li>the password is always checked first (BCrypt), so a locked account takes as long to refuse as a wrong
 *       password and is refused in the same words: a lock reveals nothing, not even that the password was right;
 *   <li>a wrong password or code counts towards the lock ({@link SignInLocks});
 *   <li>an account that needs a second factor ({@link SecondFactorPolicy}) signs in to the API only with a
 *       current code in the {@value ApiSignInDetails#TOTP_HEADER} header; on the form it gets
 *       {@link PasswordVerified}, which the code page completes.
 * </ul>
 * The only {@link AuthenticationProvider} bean, so Spring Security's shared authentication manager is this one.
 */
@Component
public class LocalSignIn implements AuthenticationProvider {

    private static final String REFUSED = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final SignInLocks locks;
    private final SecondFactorPolicy secondFactor;
    private final SecondFactorStore secrets;

    LocalSignIn(AccountStore accounts, PasswordEncoder encoder, SignInLocks locks, SecondFactorPolicy secondFactor,
                SecondFactorStore secrets) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.locks = locks;
        this.secondFactor = secondFactor;
        this.secrets = secrets;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Instant now = Instant.now();
        Authentication checked;
        try {
            checked = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            locks.failed(username, now);
            throw wrong;
        }
        if (locks.locked(username, now)) {
            throw new BadCredentialsException(REFUSED);
        }
        TidemarkUser user = (TidemarkUser) checked.getPrincipal();
        if (!secondFactor.required(user)) {
            locks.succeeded(username);
            return checked;
        }
        if (!(attempt.getDetails() instanceof ApiSignInDetails api)) {
            return new PasswordVerified(username);
        }
        if (!secrets.enrolled(username)) {
            throw new SecondFactorNeeded(false);
        }
        if (api.totpCode() == null) {
            throw new SecondFactorNeeded(true); // forgotten, not guessed: not counted
        }
        if (!secrets.verify(username, api.totpCode(), now)) {
            locks.failed(username, now);
            throw new SecondFactorNeeded(true);
        }
        locks.succeeded(username);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
