package uk.tidemark.app.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.audit.AccountAudit;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.lockout.SignInLocks;
import uk.tidemark.app.security.lockout.SignInLocks.Factor;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.security.totp.RecoveryCodes;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.security.totp.RecoveryCodeStore;
import uk.tidemark.app.security.totp.RecoveryCodeNotice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Your recovery codes (decision 0031). {@value #PATH}: how many are left, and new ones in place of the old, with
 * your password (a wrong one counts towards the password lock, as on the change-password page); after a sign-in
 * with a recovery code it first says how many are left, and urges new ones when few are. {@value #NEW_SET}: a new
 * set, shown once, after setting up two-factor sign-in or asking for new codes; shown again it says they are gone.
 */
@WebPage
class RecoveryCodesPage {

    static final String PATH = "/account/recovery-codes";
    static final String NEW_SET = PATH + "/new";
    static final String CURRENT = "currentPassword";
    /** At or below this many codes left, the page urges new ones. */
    static final int FEW = 3;
    private static final String WRONG = "is not your password. After several wrong attempts your account is locked "
            + "for a while.";

    private final SecondFactorStore secrets;
    private final RecoveryCodeStore codes;
    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final SignInLocks locks;
    private final AccountAudit audit;

    RecoveryCodesPage(SecondFactorStore secrets, RecoveryCodeStore codes, AccountStore accounts,
                      PasswordEncoder encoder, SignInLocks locks, AccountAudit audit) {
        this.secrets = secrets;
        this.codes = codes;
        this.accounts = accounts;
        this.encoder = encoder;
        this.locks = locks;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal TidemarkUser user, HttpServletRequest request, Model model) {
        Optional<RecoveryCodeNotice> notice = taken(request, n -> n.left() != null);
        return render(user, notice.orElse(null), Form.blank("recovery-codes"), model);
    }

    @PostMapping(PATH)
    String replace(@RequestParam(name = CURRENT, required = false) String currentPassword,
                   @AuthenticationPrincipal TidemarkUser user, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        String username = user.getUsername();
        if (!user.hasLocalPassword() || !secrets.enrolled(username)) {
            response.setStatus(409);
            return render(user, null, new Form("recovery-codes", null, List.of(), "Your account does not use "
                    + "two-factor sign-in with Tidemark, so it has no recovery codes."), model);
        }
        Instant now = Instant.now();
        String problem = null;
        if (currentPassword == null || currentPassword.isEmpty()) {
            problem = "is required.";
        } else if (accounts.find(username).filter(a -> encoder.matches(currentPassword, a.getPassword())).isEmpty()
                || locks.locked(Factor.PASSWORD, username, now)) {
            locks.failed(Factor.PASSWORD, username, now);
            audit.recoveryCodesRefused(username);
            problem = WRONG;
        }
        if (problem != null) {
            response.setStatus(400);
            return render(user, null, new Form("recovery-codes", null, List.of(new FieldProblem(CURRENT, problem)),
                    null), model);
        }
        List<String> fresh = codes.replace(username, "REPLACED", now);
        request.getSession().setAttribute(RecoveryCodeNotice.ATTRIBUTE, RecoveryCodeNotice.replaced(fresh, "/"));
        return "redirect:" + NEW_SET;
    }

    @GetMapping(NEW_SET)
    String newSet(HttpServletRequest request, Model model) {
        Optional<RecoveryCodeNotice> notice = taken(request, n -> n.codes() != null);
        // shown once: shown again, the page says they are gone (they are kept nowhere)
        model.addAttribute("codes", notice.map(RecoveryCodeNotice::codes).orElse(null));
        model.addAttribute("onward", notice.map(RecoveryCodeNotice::onward).orElse("/"));
        model.addAttribute("setUp", notice.map(RecoveryCodeNotice::setUp).orElse(false));
        return "account/recovery-codes-new";
    }

    /** The notice kept for this page, taken out of the session: a page shows it once. */
    private static Optional<RecoveryCodeNotice> taken(HttpServletRequest request, Predicate<RecoveryCodeNotice> mine) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RecoveryCodeNotice.ATTRIBUTE) instanceof RecoveryCodeNotice n)
                || !mine.test(n)) {
            return Optional.empty();
        }
        session.removeAttribute(RecoveryCodeNotice.ATTRIBUTE);
        return Optional.of(n);
    }

    private String render(TidemarkUser user, RecoveryCodeNotice used, Form form, Model model) {
        String username = user.getUsername();
        boolean enrolled = user.hasLocalPassword() && secrets.enrolled(username);
        int left = enrolled ? codes.left(username) : 0;
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("left", left);
        model.addAttribute("made", enrolled && codes.made(username));
        model.addAttribute("few", left <= FEW);
        model.addAttribute("perSet", RecoveryCodes.PER_SET);
        model.addAttribute("used", used);
        model.addAttribute("codesForm", form);
        model.addAttribute("labels", Map.of(CURRENT, "Your password"));
        return "account/recovery-codes";
    }
}
