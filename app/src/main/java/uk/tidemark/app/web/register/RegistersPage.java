package uk.tidemark.app.web.register;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.web.page.WebPage;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /registers}: the five registers the policies require (issue 18), each with what it is for, as the user's
 * roles open them. One menu entry leads here rather than five, so the menu stays short enough to find the cases and
 * deadlines in. Only a way in: every register's pages check on the server themselves.
 */
@WebPage
class RegistersPage {

    /** One register as the hub offers it. */
    record Entry(String title, String path, String description) {
    }

    @GetMapping("/registers")
    String registers(@AuthenticationPrincipal TidemarkUser user, Model model) {
        List<Entry> entries = entriesFor(user);
        if (entries.isEmpty()) {
            throw new ForbiddenException("The registers are kept by the staff of a setting; trustees see the "
                    + "quarterly report.");
        }
        model.addAttribute("entries", entries);
        return "registers/index";
    }

    static List<Entry> entriesFor(TidemarkUser user) {
        List<Entry> entries = new ArrayList<>();
        boolean staff = AccessScope.mayLog(user);
        if (AccessScope.isCaseWorker(user)) {
            entries.add(new Entry("Image consent", "/registers/image-consent", "The pupils who may not be "
                    + "photographed or named, and what is allowed for each; their yearly review."));
        }
        if (staff) {
            entries.add(new Entry("Photo check", "/registers/image-consent/check", "May I post a photo of a pupil? "
                    + "Type their name before you post on an official account."));
        }
        if (staff || user.hasRole(Role.ADMIN)) {
            entries.add(new Entry("Policies and training", "/policies", "The policies you must read and "
                    + "acknowledge, and training records."));
        }
        if (staff) {
            entries.add(new Entry("Official accounts", "/registers/official-accounts", "The setting's social media "
                    + "accounts: who approved them, who has access, password changes and reviews."));
            entries.add(new Entry("Declarations", "/declarations", "Tell the safeguarding lead about contact from a "
                    + "pupil, ex-pupil or parent on your personal accounts, or ask the headteacher's approval."));
        }
        if (AccessScope.isHrWorker(user)) {
            entries.add(new Entry("Low-level concerns", "/low-level-concerns", "Concerns about members of staff "
                    + "that do not meet the harm threshold, and the reviews a pattern of them asks for."));
        }
        if (user.hasRole(Role.DSL)) { // issue 19: a designated safeguarding lead's only (decision 0053)
            entries.add(new Entry("Subject access requests", "/subject-access-requests", "A person's request for "
                    + "every record about them: the records found, redacted after your review, due in a month."));
        }
        return entries;
    }
}
