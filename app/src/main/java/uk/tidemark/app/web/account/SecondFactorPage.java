package uk.tidemark.app.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.lockout.AddressLimit;
import uk.tidemark.app.security.lockout.SignInLocks;
import uk.tidemark.app.security.lockout.SignInLocks.Factor;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.security.totp.Base32;
import uk.tidemark.app.security.totp.Totp;
import uk.tidemark.app.security.totp.RecoveryCodes;
import uk.tidemark.app.security.totp.QrCode;
import uk.tidemark.app.security.totp.SecondFactorPolicy;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.security.SecondFactorSignIn;
import uk.tidemark.app.security.totp.RecoveryCodeStore;
import uk.tidemark.app.security.totp.RecoveryCodeNotice;
import uk.tidemark.app.security.totp.PendingSignIn;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;


/**
 * The second step of a form sign-in, {@value SecondFactorSignIn#CODE_PAGE}: the TOTP code of an enrolled
 * account, or one of its recovery codes in its place; or, the first time, setting two-factor sign-in up (the secret
 * as text, as its otpauth:// address and as a QR code of that address, confirmed by a first code, which makes the
 * account's recovery codes and shows them once: decision 0031). Only a {@link PendingSignIn} in the session reaches
 * it; anyone else goes back to the sign-in page. A wrong code, or a wrong recovery code, counts towards the
 * account's code lock (and its address's limit), and once that lock is on the pending sign-in is dropped and the
 * answer is the sign-in page's error, as for a wrong password. The password lock and the address limit do not stop
 * this step: the pending sign-in proves the password, and the right code with it is what they let through
 * (decision 0025).
 */
@WebPage
class SecondFactorPage {

    static final String RECOVERY_CODE = "recoveryCode";
    /** The QR code's accessible name: what it is, and that the key beside it holds the same. */
    static final String QR_DESCRIPTION = "QR code to scan with your authenticator app. It holds the same setup key "
            + "as the text beside it.";

    private final AccountStore accounts;
    private final SecondFactorStore secrets;
    private final SecondFactorPolicy policy;
    private final SignInLocks locks;
    private final AddressLimit addresses;
    private final SecondFactorSignIn signIn;
    private final RecoveryCodeStore recoveryCodes;
    private final ObjectProvider<AuthenticationEventPublisher> events;

    SecondFactorPage(AccountStore accounts, SecondFactorStore secrets, SecondFactorPolicy policy, SignInLocks locks,
                     AddressLimit addresses, SecondFactorSignIn signIn, RecoveryCodeStore recoveryCodes,
                     ObjectProvider<AuthenticationEventPublisher> events) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.policy = policy;
        this.locks = locks;
        this.addresses = addresses;
        this.signIn = signIn;
        this.events = events;
    }

    @GetMapping(path = SecondFactorSignIn.CODE_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        Optional<PendingSignIn> pending = pending(request);
        if (pending.isEmpty()) {
            return backToSignIn(false);
        }
        return render(prepared(request, pending.get()), null, null);
    }

    @PostMapping(path = SecondFactorSignIn.CODE_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView code(@RequestParam(name = "code", required = false) String code,
                      @RequestParam(name = RECOVERY_CODE, required = false) String recoveryCode,
                      HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<PendingSignIn> found = pending(request);
        if (found.isEmpty()) {
            return backToSignIn(false);
        }
        PendingSignIn pending = found.get();
        String username = pending.username();
        Instant now = Instant.now();
        Optional<TidemarkUser> user = accounts.find(username).filter(TidemarkUser::isEnabled);
        // the password lock does not stop this step: the pending sign-in proves the password (decision 0025)
        if (user.isEmpty() || locks.locked(Factor.CODE, username, now)) {
            request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            return backToSignIn(true);
        }
        boolean enrolled = secrets.enrolled(username);
        // a recovery code, from its own form or (its shape tells) in the code's field
        boolean recovery = enrolled && (recoveryCode != null || RecoveryCodes.looksLikeOne(code));
        if (recovery && recoveryCode != null && recoveryCode.isBlank()) {
            return render(pending, null, "Enter one of your recovery codes."); // nothing guessed: not counted
        }
        if (recovery) {
            OptionalInt left = recoveryCodes.use(username, recoveryCode != null ? recoveryCode : code, now);
            if (left.isPresent()) {
                String going = signedIn(request, response, user.get());
                request.getSession().setAttribute(RecoveryCodeNotice.ATTRIBUTE,
                        RecoveryCodeNotice.used(left.getAsInt(), going));
                return new ModelAndView("redirect:" + RecoveryCodesPage.PATH);
            }
        } else if (enrolled) {
            if (secrets.verify(username, code, now)) {
                locks.succeeded(username);
                signIn.complete(request, response, user.get());
                published(user.get());
                return null; // complete() has answered with the redirect
            }
        } else if (pending.enrolmentSecret() != null) {
            Optional<List<String>> codes = secrets.setUp(username, Base32.decode(pending.enrolmentSecret()), code, now);
            if (codes.isPresent()) {
                String going = signedIn(request, response, user.get());
                request.getSession().setAttribute(RecoveryCodeNotice.ATTRIBUTE,
                        RecoveryCodeNotice.setUp(codes.get(), going));
                return new ModelAndView("redirect:" + RecoveryCodesPage.NEW_SET);
            }
        }
        // a wrong recovery code counts as a wrong authenticator code does (decision 0031)
        locks.failed(Factor.CODE, username, now);
        addresses.failed(request.getRemoteAddr());
        events.ifAvailable(e -> e.publishAuthenticationFailure(new BadCredentialsException("wrong second-factor code"),
                UsernamePasswordAuthenticationToken.unauthenticated(username, null)));
        if (locks.locked(Factor.CODE, username, now)) {
            request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            return backToSignIn(true);
        }
        return recovery
                ? render(prepared(request, pending), null, "That recovery code was not right, or it has been used "
                + "already. Check it and try again, or use another of your codes.")
                : render(prepared(request, pending), "That code was not right. Enter the code your authenticator app "
                + "shows now.", null);
    }

    /** The sign-in completed without a redirect, for a recovery-code page to show first; where it was going. */
    private String signedIn(HttpServletRequest request, HttpServletResponse response, TidemarkUser user) {
        locks.succeeded(user.getUsername());
        String going = signIn.completeHere(request, response, user);
        published(user);
        return going;
    }

    private void published(TidemarkUser user) {
        events.ifAvailable(e -> e.publishAuthenticationSuccess(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
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

    private static ModelAndView backToSignIn(boolean error) {
        return new ModelAndView("redirect:" + (error ? "/login?error" : "/login"));
    }

    private ModelAndView render(PendingSignIn pending, String codeError, String recoveryError) {
        boolean enrolling = !secrets.enrolled(pending.username());
        ModelAndView page = new ModelAndView("auth/second-factor");
        page.addObject("enrolling", enrolling);
        if (enrolling) {
            String otpauth = policy.otpauthUri(pending.username(), pending.enrolmentSecret());
            page.addObject("secret", grouped(pending.enrolmentSecret()));
            page.addObject("otpauth", otpauth);
            page.addObject("qrCode", QrCode.svg(otpauth, QR_DESCRIPTION, "qr-code-title"));
        }
        page.addObject("code", new Form("code", null,
                codeError == null ? List.of() : List.of(new FieldProblem("code", codeError)), null));
        page.addObject("recovery", new Form("recovery", null,
                recoveryError == null ? List.of() : List.of(new FieldProblem(RECOVERY_CODE, recoveryError)), null));
        return page;
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }
}
