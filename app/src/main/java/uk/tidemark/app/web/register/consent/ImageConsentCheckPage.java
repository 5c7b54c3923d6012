package uk.tidemark.app.web.register.consent;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.consent.ImageAllowance;

import java.util.List;
import java.util.Map;

/**
 * "May I post a photo of …?" ({@code /registers/image-consent/check}): the quick check for anyone who posts for the
 * setting, made for a phone. It asks for a name and answers, pupil by pupil, in words; a name on no roster is "not
 * on the roster: ask the DSL". Over {@link ImageConsentCheckController}, which authorises and audits the read.
 */
@WebPage
class ImageConsentCheckPage {

    /** One answer: the pupil's name, their setting, the verdict in a tag and the answer in a sentence. */
    record Answer(String name, String setting, String verdict, String sentence, String tag) {
    }

    private final ImageConsentCheckController api;
    private final PageActions actions;

    ImageConsentCheckPage(ImageConsentCheckController api, PageActions actions) {
        this.api = api;
        this.actions = actions;
    }

    @GetMapping(ImageConsentPages.ROOT + "/check")
    String check(@RequestParam(name = "q", required = false) String q, @AuthenticationPrincipal TidemarkUser user,
                 Model model) {
        if (!AccessScope.mayLog(user)) {
            throw new ForbiddenException("The image consent check is for the staff of a setting.");
        }
        Form form = Form.blank("check", q == null ? Map.of() : Map.of("q", q));
        List<Answer> answers = List.of();
        if (q != null) {
            PageActions.Outcome<List<ImageConsentCheckController.Check>> outcome = actions.run("check", form.values(),
                    () -> api.check(q, user));
            if (outcome.done()) {
                answers = outcome.result().stream().map(ImageConsentCheckPage::answer).toList();
            } else {
                form = outcome.form();
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("asked", q != null && !form.hasErrors());
        model.addAttribute("answers", answers);
        model.addAttribute("labels", ImageConsentPages.LABELS);
        return "registers/image-consent/check";
    }

    private static Answer answer(ImageConsentCheckController.Check check) {
        ImageAllowance allowed = check.allowed();
        String tag = switch (allowed) {
            case ALL -> "govuk-tag--green";
            case NO_NAME, FIRST_NAME_ONLY -> "govuk-tag--yellow";
            case NONE -> "govuk-tag--red";
        };
        return new Answer(check.name(), check.setting(), ImageConsentWords.verdict(allowed),
                ImageConsentWords.answer(check.name(), allowed), tag);
    }
}
