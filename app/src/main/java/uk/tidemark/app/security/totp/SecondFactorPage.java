package uk.tidemark.app.security.totp;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.tidemark.app.security.AccountStore;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.app.security.lockout.SignInLocks;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The second step of a form sign-in, {@value SecondFactorSignIn#CODE_PAGE}: the TOTP code of an enrolled
 * account, or, the first time, setting two-factor sign-in up (the secret and its otpauth:// address, confirmed
 * by a first code). Only a {@link PendingSignIn} in the session reaches it; anyone else goes back to the
 * sign-in page. A wrong code counts towards the account's lock, and once the account is locked the pending
 * sign-in is dropped and the answer is the sign-in page's error, as for a wrong password.
 */
@Controller
class SecondFactorPage {

    private final AccountStore accounts;
    private final SecondFactorStore secrets;
    private final SecondFactorPolicy policy;
    private final SignInLocks locks;
    private final SecondFactorSignIn signIn;
    private final ObjectProvider<AuthenticationEventPublisher> events;

    SecondFactorPage(AccountStore accounts, SecondFactorStore secrets, SecondFactorPolicy policy, SignInLocks locks,
                     SecondFactorSignIn signIn, ObjectProvider<AuthenticationEventPublisher> events) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.policy = policy;
        this.locks = locks;
        this.signIn = signIn;
        this.events = events;
    }

    @GetMapping(path = SecondFactorSignIn.CODE_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> page(HttpServletRequest request) {
        Optional<PendingSignIn> pending = pending(request);
        if (pending.isEmpty()) {
            return backToSignIn(false);
        }
        return ResponseEntity.ok(render(request, prepared(request, pending.get()), null));
    }

    @PostMapping(path = SecondFactorSignIn.CODE_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> code(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
                                HttpServletResponse response) throws IOException, ServletException {
        Optional<PendingSignIn> found = pending(request);
        if (found.isEmpty()) {
            return backToSignIn(false);
        }
        PendingSignIn pending = found.get();
        String username = pending.username();
        Instant now = Instant.now();
        Optional<TidemarkUser> user = accounts.find(username).filter(TidemarkUser::isEnabled);
        if (user.isEmpty() || locks.locked(username, now)) {
            request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            return backToSignIn(true);
        }
        boolean enrolled = secrets.enrolled(username);
        boolean right = enrolled ? secrets.verify(username, code, now)
                : pending.enrolmentSecret() != null
                && secrets.enrol(username, Base32.decode(pending.enrolmentSecret()), code, now);
        if (right) {
            locks.succeeded(username);
            signIn.complete(request, response, user.get());
            events.ifAvailable(e -> e.publishAuthenticationSuccess(
                    UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities())));
            return null; // complete() has answered with the redirect
        }
        locks.failed(username, now);
        events.ifAvailable(e -> e.publishAuthenticationFailure(new BadCredentialsException("wrong second-factor code"),
                UsernamePasswordAuthenticationToken.unauthenticated(username, null)));
        if (locks.locked(username, now)) {
            request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            return backToSignIn(true);
        }
        return ResponseEntity.status(HttpStatus.OK).contentType(MediaType.TEXT_HTML)
                .body(render(request, prepared(request, pending), "That code was not right. Enter the code your "
                        + "authenticator app shows now."));
    }

    private static Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.expired(Instant.now())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The pending sign-in with a secret to offer if the account has none yet (the same one on every showing). */
    private PendingSignIn prepared(HttpServletRequest request, PendingSignIn pending) {
        if (pending.enrolmentSecret() != null || secrets.enrolled(pending.username())) {
            return pending;
        }
        PendingSignIn offering = pending.withSecret(Base32.encode(Totp.newSecret()));
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, offering);
        return offering;
    }

    private static ResponseEntity<String> backToSignIn(boolean error) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(error ? "/login?error" : "/login")).build();
    }

    private String render(HttpServletRequest request, PendingSignIn pending, String error) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean enrolling = !secrets.enrolled(pending.username());
        String intro;
        if (enrolling) {
            String secret = pending.enrolmentSecret();
            String uri = policy.otpauthUri(pending.username(), secret);
            intro = """
                    <h1>Set up two-factor sign-in</h1>
                    <p>Your account needs a code from an authenticator app (for example Microsoft Authenticator or
                    Google Authenticator) each time you sign in.</p>
                    <ol>
                    <li>In the app, add an account and choose to enter a setup key.</li>
                    <li>Enter this key (time based): <code id="secret">%s</code><br>
                    or, on the phone itself, open <a id="otpauth" href="%s">this setup link</a>.</li>
                    <li>Enter the six-digit code the app then shows.</li>
                    </ol>
                    """.formatted(htmlEscape(grouped(secret)), htmlEscape(uri));
        } else {
            intro = """
                    <h1>Enter your sign-in code</h1>
                    <p>Open your authenticator app and enter the six-digit code it shows for Tidemark.</p>
                    """;
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - Tidemark</title></head>
                <body>
                <main>
                %s
                %s
                <form method="post" action="%s">
                <label for="code">Code</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                 pattern="[0-9 ]*" maxlength="8" required%s>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Continue</button>
                </form>
                <p><a href="/login">Sign in again</a></p>
                </main>
                </body>
                </html>
                """.formatted(enrolling ? "Set up two-factor sign-in" : "Sign-in code",
                error == null ? "" : "<p role=\"alert\" id=\"code-error\"><strong>" + htmlEscape(error) + "</strong></p>",
                intro, SecondFactorSignIn.CODE_PAGE, error == null ? "" : " aria-describedby=\"code-error\"",
                htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }
}
