package uk.tidemark.app.security.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.AccountAudit;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.lockout.SignInLocks;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.RefusedCommandException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A user changes their own password, through the page or the API (decision 0024): the current password must be
 * right (a wrong one counts towards the account's lock, as a wrong sign-in does, and is audited), the new one must
 * pass the {@link PasswordPolicy}. The change ends every other session of the account, on every instance
 * ({@link AccountChange#PASSWORD_CHANGED}), and keeps this one signed in under a new session id, with the account as
 * it now is (no longer required to change its password).
 */
@Component
public class PasswordChange {

    public static final String CURRENT = "currentPassword";
    public static final String NEW = "newPassword";
    static final String WRONG = "is not your current password. After several wrong attempts your account is "
            + "locked for a while.";

    private final AccountStore accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SignInLocks locks;
    private final AccountAudit audit;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordChange(AccountStore accounts, PasswordPolicy policy, PasswordEncoder encoder, SignInLocks locks,
                   AccountAudit audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.locks = locks;
        this.audit = audit;
    }

    /**
     * Changes the signed-in user's password and re-signs this session in with the changed account.
     *
     * @param channel {@code API} or {@code PAGE}, for the audit entry
     * @throws InvalidRequestException naming {@value #CURRENT} and {@value #NEW} with what is wrong with each
     * @throws RefusedCommandException for an account whose password the identity provider keeps
     */
    public TidemarkUser change(TidemarkUser user, String currentPassword, String newPassword, String channel,
                               HttpServletRequest request, HttpServletResponse response) {
        if (!user.hasLocalPassword()) {
            throw new RefusedCommandException("You sign in through your organisation's account, so your password is "
                    + "changed there, not in Tidemark.");
        }
        String username = user.getUsername();
        TidemarkUser stored = accounts.find(username).orElseThrow(
                () -> new RefusedCommandException("Your account no longer exists."));
        List<FieldProblem> errors = new ArrayList<>();
        Instant now = Instant.now();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldProblem(CURRENT, "is required."));
        } else if (!encoder.matches(currentPassword, stored.getPassword()) || locks.locked(SignInLocks.Factor.PASSWORD, username, now)) {
            locks.failed(SignInLocks.Factor.PASSWORD, username, now);
            audit.passwordChangeRefused(username, channel);
            errors.add(new FieldProblem(CURRENT, WRONG));
        }
        policy.refusal(newPassword, username, stored.displayName(), stored.getPassword())
                .ifPresent(why -> errors.add(new FieldProblem(NEW, why)));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        accounts.setPassword(username, encoder.encode(newPassword), false, AccountChange.PASSWORD_CHANGED);
        audit.passwordChanged(username, user.mustChangePassword(), channel);
        TidemarkUser changed = accounts.find(username).orElseThrow();
        stayed(changed, request, response);
        return changed;
    }

    /** This session goes on, under a new id, as the changed account (its new version: the change does not end it). */
    private void stayed(TidemarkUser changed, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
