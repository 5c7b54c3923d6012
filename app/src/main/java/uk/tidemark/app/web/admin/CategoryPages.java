package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.AdminAccounts;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.incident.Category;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The trust's own categories (decision 0041, {@link CategoryAdminController}): the list, with the built-in category
 * each is counted as, and forms to add one, rename one, retire one and offer a retired one again.
 */
@WebPage
class CategoryPages {

    static final Map<String, String> LABELS = Map.of("name", "Name", "under", "Counted as", "trustId", "Trust",
            "categoryId", "Category", "retired", "Retired", "form", "The form");
    static final List<String> FORMS = List.of("add-category", "rename-category", "retire-category",
            "reinstate-category");

    /** One row of the page's table, in words. */
    record Row(String name, String under, String trust, boolean retired, String added) {
    }

    private final CategoryAdminController categories;
    private final AdminScope scope;
    private final AdminForms forms;
    private final PageActions actions;

    private final uk.tidemark.app.account.DisplayNames names;

    CategoryPages(CategoryAdminController categories, AdminScope scope, AdminForms forms, PageActions actions,
                  uk.tidemark.app.account.DisplayNames names) {
        this.names = names;
        this.categories = categories;
        this.scope = scope;
        this.forms = forms;
        this.actions = actions;
    }

    @GetMapping("/admin/categories")
    String page(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/admin/categories")
    String add(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PageForms.Bound<CategoryAdminController.NewCategory> bound =
                forms.bind(submitted, CategoryAdminController.NewCategory.class, Set.of());
        return run("add-category", submitted, bound, () -> categories.add(bound.value(), AdminForms.binding(bound),
                        user), user, model, redirect, response,
                "The category " + tidy(submitted.getFirst("name")) + " was added. Staff can choose it when they "
                        + "report a concern.");
    }

    @PostMapping("/admin/categories/rename")
    String rename(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PageForms.Bound<CategoryAdminController.Rename> bound =
                forms.bind(submitted, CategoryAdminController.Rename.class, Set.of());
        return run("rename-category", submitted, bound, () -> categories.rename(bound.value(),
                        AdminForms.binding(bound), user), user, model, redirect, response,
                "The category was renamed " + tidy(submitted.getFirst("name")) + ". Its cases show the new name.");
    }

    @PostMapping("/admin/categories/retirement")
    String retirement(@RequestParam MultiValueMap<String, String> submitted,
                      @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        boolean retire = !"false".equals(submitted.getFirst("retired"));
        PageForms.Bound<CategoryAdminController.Retirement> bound =
                forms.bind(submitted, CategoryAdminController.Retirement.class, Set.of());
        return run(retire ? "retire-category" : "reinstate-category", submitted, bound,
                () -> categories.retirement(bound.value(), AdminForms.binding(bound), user), user, model, redirect,
                response, retire ? "The category was retired. It is offered no more; the cases that have it keep it."
                        : "The category is offered again.");
    }

    private String run(String name, MultiValueMap<String, String> submitted, PageForms.Bound<?> bound,
                       Supplier<Object> action, TidemarkUser user, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, String done) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<Object>(null, new Form(name, values, bound.errors(), null))
                : actions.run(name, values, action::get);
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return page(user, model, AdminForms.inPageOrder(outcome.form(), List.of("name", "under", "trustId",
                    "categoryId")));
        }
        redirect.addFlashAttribute("success", done);
        return "redirect:/admin/categories";
    }

    private String page(TidemarkUser user, Model model, Form failed) {
        List<AdminAccounts.Trust> trusts = scope.trustsOf(user);
        Map<String, String> trustNames = new java.util.HashMap<>();
        trusts.forEach(t -> trustNames.put(t.id(), t.name()));
        List<CategoryAdminController.CategoryView> all = categories.list(null, user);
        Map<String, Form> each = Form.each(FORMS, failed);
        each.forEach((name, form) -> model.addAttribute(name.replace("-category", "Form"), form));
        model.addAttribute("failed", failed);
        model.addAttribute("labels", LABELS);
        model.addAttribute("rows", all.stream().map(c -> new Row(c.name(), c.underName(),
                trustNames.getOrDefault(c.trustId(), c.trustId()), c.retired(),
                LondonTimes.day(c.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
                        + " by " + names.of(c.createdBy()))).toList());
        model.addAttribute("severalTrusts", trusts.size() > 1);
        model.addAttribute("noTrust", trusts.isEmpty());
        model.addAttribute("trustOptions", trusts.stream().map(t -> new Choice(t.id(), t.name())).toList());
        model.addAttribute("underOptions", Arrays.stream(Category.values())
                .map(c -> new Choice(c.name(), CategoryAdminController.words(c))).toList());
        model.addAttribute("allOptions", all.stream().map(c -> choice(c, trusts.size() > 1, trustNames)).toList());
        model.addAttribute("activeOptions", all.stream().filter(c -> !c.retired())
                .map(c -> choice(c, trusts.size() > 1, trustNames)).toList());
        model.addAttribute("retiredOptions", all.stream().filter(CategoryAdminController.CategoryView::retired)
                .map(c -> choice(c, trusts.size() > 1, trustNames)).toList());
        return "admin/categories";
    }

    /** "Group chats (cyberbullying)", with the trust when the administrator has several. */
    private static Choice choice(CategoryAdminController.CategoryView c, boolean withTrust,
                                 Map<String, String> trustNames) {
        return new Choice(c.id(), c.name() + " (" + c.underName().toLowerCase(java.util.Locale.UK)
                + (withTrust ? ", " + trustNames.getOrDefault(c.trustId(), c.trustId()) : "") + ")");
    }

    private static String tidy(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
