package uk.tidemark.app.security.password;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.tidemark.app.account.TidemarkUser;

import java.io.IOException;
import java.util.List;

/**
 * Until a user whose password an administrator handed out has chosen their own, nothing else is open to them
 * (decision 0024): each chain lets through only what changing it needs ({@code open}: the change itself, who am I,
 * the page's styles and scripts) and answers every other request with its {@link Answer} (a 403 problem detail on
 * the API, a redirect to the change page for a browser). Signing out is handled before this filter.
 */
public final class PasswordChangeFirst extends OncePerRequestFilter {

    /** How a chain answers a request of a user who must change their password first. */
    @FunctionalInterface
    public interface Answer {
        void changeFirst(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final List<RequestMatcher> open;
    private final Answer answer;

    public PasswordChangeFirst(List<RequestMatcher> open, Answer answer) {
        this.open = List.copyOf(open);
        this.answer = answer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && signedIn.getPrincipal() instanceof TidemarkUser user
                && user.mustChangePassword() && open.stream().noneMatch(m -> m.matches(request))) {
            answer.changeFirst(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
