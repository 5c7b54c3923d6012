package uk.tidemark.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.tidemark.app.security.lockout.AddressLimit;
import uk.tidemark.app.security.lockout.SignInLocks;
import uk.tidemark.app.security.lockout.SignInLocks.Factor;
import uk.tidemark.app.security.totp.RecoveryCodes;
import uk.tidemark.app.security.totp.SecondFactorPolicy;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;

import java.time.Instant;

/**
 * Password sign-in of local accounts, for the API's HTTP Basic and the sign-in form alike, with the locks, the
 * per-address limit and the second factor around it (decisions 0013 and 0025):
 * <ul>
 *   <li>an address that has used up its failed sign-ins ({@link AddressLimit}) is refused before anything else,
 *       unless the attempt brings a second-factor code: then only the right password with the right code gets
 *       through, and every other answer is the address's refusal;
 *   <li>the password is checked next (BCrypt), so a locked account takes as long to refuse as a wrong password and
 *       is refused in the same words: a lock reveals nothing, not even that the password was right;
 *   <li>a wrong password counts towards the password lock; a wrong code given with the right password counts
 *       towards the code lock; every refusal counts towards the address's limit;
 *   <li>while the password lock is on, an account with a second factor still signs in with the right password
 *       and the right code together (on the API in {@value ApiSignInDetails#TOTP_HEADER}, on the form in its
 *       optional code field); an account without one does not sign in at all: the password is all there is to
 *       prove who it is;
 *   <li>while the code lock is on, nothing signs the account in: only someone with the password can cause it;
 *   <li>otherwise an account that needs a second factor ({@link SecondFactorPolicy}) signs in to the API only with
 *       a current code; on the form without one it gets {@link PasswordVerified}, which the code page completes;
 *   <li>a recovery code ({@link RecoveryCodes}) is taken on the code page only: given here, in the header or the
 *       form's code field, it is treated as no code at all: never checked, counted or used up (decision 0031).
 * </ul>
 * The only {@link AuthenticationProvider} bean, so Spring Security's shared authentication manager is this one.
 */
@Component
public class LocalSignIn implements AuthenticationProvider {

    private static final String REFUSED = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final SignInLocks locks;
    private final AddressLimit addresses;
    private final SecondFactorPolicy secondFactor;
    private final SecondFactorStore secrets;

    LocalSignIn(AccountStore accounts, PasswordEncoder encoder, SignInLocks locks, AddressLimit addresses,
                SecondFactorPolicy secondFactor, SecondFactorStore secrets) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.locks = locks;
        this.addresses = addresses;
        this.secondFactor = secondFactor;
        this.secrets = secrets;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        SignInDetails details = attempt.getDetails() instanceof SignInDetails d ? d : null;
        String address = details == null ? null : details.getRemoteAddress();
        String code = details == null ? null : details.totpCode();
        // a recovery code is taken on the code page only (decision 0031): here it is not checked, not counted, and
        // not burnt; the sign-in goes on as one without a code (to the code page, or the API's advice)
        boolean recoveryCode = RecoveryCodes.looksLikeOne(code);
        if (recoveryCode) {
            code = null;
        }
        boolean limited = addresses.exhausted(address);
        if (limited && code == null) {
            addresses.failed(address);
            throw new SignInThrottled(addresses.retryAfter(address));
        }
        try {
            return check(attempt, details, code, recoveryCode, address);
        } catch (AuthenticationException refused) {
            // counted where it was refused; from a limited address every refusal is the address's, whatever the cause
            throw limited ? new SignInThrottled(addresses.retryAfter(address)) : refused;
        }
    }

    private Authentication check(Authentication attempt, SignInDetails details, String code, boolean recoveryCode,
                                 String address) {
        String username = attempt.getName();
        Instant now = Instant.now();
        Authentication checked;
        try {
            checked = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            locks.failed(Factor.PASSWORD, username, now);
            addresses.failed(address);
            throw wrong;
        } catch (AuthenticationException disabled) {
            addresses.failed(address);
            throw disabled;
        }
        boolean passwordLocked = locks.locked(Factor.PASSWORD, username, now);
        TidemarkUser user = (TidemarkUser) checked.getPrincipal();
        if (!secondFactor.required(user)) {
            if (passwordLocked) {
                addresses.failed(address);
                throw new BadCredentialsException(REFUSED);
            }
            locks.succeeded(username);
            return checked;
        }
        if (locks.locked(Factor.CODE, username, now)) {
            addresses.failed(address);
            throw new BadCredentialsException(REFUSED);
        }
        if (code == null) {
            if (passwordLocked) {
                addresses.failed(address);
                throw new BadCredentialsException(REFUSED); // as a wrong password: the lock says nothing
            }
            if (!(details instanceof ApiSignInDetails)) {
                return new PasswordVerified(username);
            }
            boolean enrolled = secrets.enrolled(username);
            // forgotten, not guessed: not counted
            throw recoveryCode && enrolled ? SecondFactorNeeded.recoveryCodeOnTheApi() : new SecondFactorNeeded(enrolled);
        }
        if (!secrets.enrolled(username)) {
            if (passwordLocked) {
                addresses.failed(address);
                throw new BadCredentialsException(REFUSED);
            }
            throw new SecondFactorNeeded(false);
        }
        if (secrets.verify(username, code, now)) {
            locks.succeeded(username); // the owner has proved both: whoever was guessing starts again from nothing
            return checked;
        }
        locks.failed(Factor.CODE, username, now);
        addresses.failed(address);
        if (passwordLocked || !(details instanceof ApiSignInDetails)) {
            throw new BadCredentialsException(REFUSED);
        }
        throw new SecondFactorNeeded(true);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
