package uk.tidemark.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import uk.tidemark.app.security.PasswordVerified;
import uk.tidemark.app.security.RelativeRedirects;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.totp.PendingSignIn;

import java.io.IOException;
import java.time.Instant;

/**
 * The form sign-in's success handler. A complete sign-in goes where the user was going (or home); a
 * {@link PasswordVerified} one is taken out of the security context again, remembered as a
 * {@link PendingSignIn}, and sent to the code page, which calls {@link #complete} once the code is right.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

    public static final String CODE_PAGE = "/login/second-factor";

    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    SecondFactorSignIn() {
        onward.setDefaultTargetUrl("/");
        // where the user was going, as a path: the remembered address was built from the Host header
        onward.setRedirectStrategy(RelativeRedirects.INSTANCE);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication instanceof PasswordVerified halfway)) {
            onward.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                new PendingSignIn(halfway.getName(), Instant.now().toEpochMilli(), null));
        response.sendRedirect(request.getContextPath() + CODE_PAGE);
    }

    /** Signs {@code user} in for good: a new session id, the security context saved, then onward. */
    public void complete(HttpServletRequest request, HttpServletResponse response, TidemarkUser user)
            throws IOException, ServletException {
        onward.onAuthenticationSuccess(request, response, signIn(request, response, user));
    }

    /**
     * Signs {@code user} in for good, as {@link #complete} does, but sends nobody anywhere: the caller shows a page
     * first (the recovery codes, decision 0031). Answers where the sign-in was going, as a path, for that page's
     * "Continue".
     */
    public String completeHere(HttpServletRequest request, HttpServletResponse response, TidemarkUser user) {
        SavedRequest saved = requests.getRequest(request, response);
        String going = saved == null ? "/" : RelativeRedirects.pathOf(saved.getRedirectUrl());
        requests.removeRequest(request, response);
        signIn(request, response, user);
        return going;
    }

    private Authentication signIn(HttpServletRequest request, HttpServletResponse response, TidemarkUser user) {
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return signedIn;
    }
}
