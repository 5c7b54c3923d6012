package uk.tidemark.app.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.tidemark.app.audit.AccountAudit;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.account.AccountVersions;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends a signed-in session whose account changed since it signed in (decision 0024). It sits in both filter chains
 * just after the security context is loaded from the session: the account's version the session signed in with is
 * compared with the stored one (one primary-key read, {@link AccountVersions#current}), and on a difference the
 * session is invalidated, the context emptied, the end written to the audit trail, and the request answered as
 * signed out by the chain's {@link Answer} (401 on the API, the sign-in page with the reason for a browser).
 *
 * <p>A request that carries HTTP Basic credentials besides the ended session's cookie goes on signed out instead:
 * the credentials sign it in afresh, with the account as it is now (or are refused, for a disabled account).
 * A request without a signed-in session (anonymous, or signing in now) costs nothing here.
 */
public final class EndSessionsOfChangedAccounts extends OncePerRequestFilter {

    /** How a chain answers a request whose session was ended. */
    @FunctionalInterface
    public interface Answer {
        void ended(HttpServletRequest request, HttpServletResponse response, AccountChange why) throws IOException;
    }

    private final AccountVersions versions;
    private final AccountAudit audit;
    private final String channel;
    private final Answer answer;

    /** @param channel {@code API} or {@code PAGE}: which chain, for the audit entry */
    public EndSessionsOfChangedAccounts(AccountVersions versions, AccountAudit audit, String channel, Answer answer) {
        this.versions = versions;
        this.audit = audit;
        this.channel = channel;
        this.answer = answer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()
                || !(signedIn.getPrincipal() instanceof TidemarkUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountVersions.Version> now = versions.current(user.getUsername());
        if (now.isPresent() && now.get().number() == user.accountVersion()) {
            chain.doFilter(request, response);
            return;
        }
        AccountChange why = now.map(AccountVersions.Version::lastChange).orElse(AccountChange.ACCOUNT_REMOVED);
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by another request of the same session
            }
        }
        SecurityContextHolder.clearContext();
        audit.sessionEnded(user.getUsername(), why.name(), channel, request);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        answer.ended(request, response, why);
    }
}
