package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.grant.GrantWords;
import uk.tidemark.app.web.grant.RoleGrantController;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.account.AdminAccounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounts pages: the list, a new account, and one account's roles and settings, enabling, password and second
 * factor.
 * Each form runs {@link UserAdminController}'s method, so the page and the API check, refuse and audit alike.
 */
@WebPage
class UserPages {

    static final Set<String> LISTS = Set.of("roles", "settingIds");
    static final List<String> ORDER = List.of("username", "displayName", "email", "password", "roles", "trustId",
            "trustWide", "settingIds");
    static final Map<String, String> LABELS = Map.of("username", "Username", "displayName", "Full name",
            "email", "E-mail address", "password", "Password", "roles", "Roles", "trustWide", "Trust-wide",
            "settingIds", "Settings", "trustId", "Trust", "enabled", "Enabled", "form", "The form");

    private final UserAdminController users;
    private final SecondFactorAdminController secondFactors;
    private final AdminScope scope;
    private final AdminForms forms;
    private final PageActions actions;

    UserPages(UserAdminController users, SecondFactorAdminController secondFactors, AdminScope scope,
              AdminForms forms, PageActions actions) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.scope = scope;
        this.forms = forms;
        this.actions = actions;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("users", users.list(user));
        Map<Role, String> labels = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            labels.put(role, roleName(role));
        }
        model.addAttribute("roleLabels", labels);
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return newUserPage(user, model, Form.blank("user"));
    }

    @PostMapping("/admin/users/new")
    String create(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, LISTS);
        PageForms.Bound<UserRequests.NewUser> bound = forms.bind(submitted, UserRequests.NewUser.class, LISTS);
        if (bound.value() == null) {
            response.setStatus(400);
            return newUserPage(user, model, new Form("user", values, bound.errors(), null));
        }
        PageActions.Outcome<UserRequests.Created> outcome = actions.run("user", values,
                () -> users.create(bound.value(), AdminForms.binding(bound), user).getBody());
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return newUserPage(user, model, outcome.form());
        }
        redirect.addFlashAttribute("success", "The account " + outcome.result().username() + " was created.");
        redirect.addFlashAttribute("oneTimePassword", outcome.result().oneTimePassword());
        return "redirect:/admin/users/" + outcome.result().username();
    }

    @GetMapping("/admin/users/{username}")
    String one(@PathVariable String username, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return userPage(username, user, model, null);
    }

    @PostMapping("/admin/users/{username}/access")
    String access(@PathVariable String username, @RequestParam MultiValueMap<String, String> submitted,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        scope.account(user, username); // 404 before reading a form about an account the administrator cannot see
        Map<String, String> values = AdminForms.values(submitted, LISTS);
        PageForms.Bound<UserRequests.Access> bound = forms.bind(submitted, UserRequests.Access.class, LISTS);
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<>(null, new Form("access", values, bound.errors(), null))
                : actions.run("access", values, () -> users.access(username, bound.value(), AdminForms.binding(bound),
                user));
        return after(outcome, username, user, model, redirect, response,
                "The roles and settings were changed. The user is signed out everywhere and has them when they sign "
                        + "in again; a case role given waits for another person to confirm it.");
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam MultiValueMap<String, String> submitted,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        scope.account(user, username);
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<UserRequests.Enabled> bound = forms.bind(submitted, UserRequests.Enabled.class, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<>(null, new Form("enabled", values, bound.errors(), null))
                : actions.run("enabled", values, () -> users.enabled(username, bound.value(),
                AdminForms.binding(bound), user));
        String done = "true".equals(values.get("enabled")) ? "The account was enabled."
                : "The account was disabled: it is signed out everywhere and can no longer sign in.";
        return after(outcome, username, user, model, redirect, response, done);
    }

    @PostMapping("/admin/users/{username}/second-factor")
    String resetSecondFactor(@PathVariable String username, @RequestParam(required = false) String confirm,
                             @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        scope.account(user, username);
        if (!"yes".equals(confirm)) {
            response.setStatus(400);
            return userPage(username, user, model, new Form("second-factor", Map.of(), List.of(),
                    "Use the Reset second factor button to reset it."));
        }
        secondFactors.reset(username, user);
        redirect.addFlashAttribute("success", "The second factor was reset: the user sets up a new one at their "
                + "next sign-in.");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String confirm,
                         @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        scope.account(user, username);
        if (!"yes".equals(confirm)) {
            response.setStatus(400);
            return userPage(username, user, model, new Form("password", Map.of(), List.of(),
                    "Use the Reset password button to reset it."));
        }
        PageActions.Outcome<UserRequests.Created> outcome = actions.run("password", Map.of(),
                () -> users.resetPassword(username, new UserRequests.PasswordReset(null), user));
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return userPage(username, user, model, outcome.form());
        }
        redirect.addFlashAttribute("success", "The password was reset: the user is signed out everywhere, and "
                + "chooses their own password when they sign in with this one.");
        redirect.addFlashAttribute("oneTimePassword", outcome.result().oneTimePassword());
        return "redirect:/admin/users/" + username;
    }

    private String after(PageActions.Outcome<?> outcome, String username, TidemarkUser user, Model model,
                         RedirectAttributes redirect, HttpServletResponse response, String success) {
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return userPage(username, user, model, outcome.form());
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/admin/users/" + username;
    }

    private String newUserPage(TidemarkUser user, Model model, Form form) {
        model.addAttribute("user", AdminForms.inPageOrder(form, ORDER));
        model.addAttribute("labels", LABELS);
        model.addAttribute("roleOptions", Choice.of(Role.class, UserPages::roleName));
        model.addAttribute("settingOptions", settingOptions(user));
        List<AdminAccounts.Trust> trusts = user.trustId() == null ? scope.trustsOf(user) : List.of();
        model.addAttribute("trustOptions", trusts.size() > 1
                ? trusts.stream().map(t -> new Choice(t.id(), t.name())).toList() : List.of());
        return "admin/user-new";
    }

    /** One account's page; {@code refused} is the form that was refused, shown with its problems. */
    private String userPage(String username, TidemarkUser user, Model model, Form refused) {
        UserAdminController.UserView account = users.one(username, user);
        // the form shows what was asked for: the roles in force and those waiting, so that saving it again keeps
        // the request waiting rather than withdrawing it
        RoleGrantController.GrantView waiting = account.waitingForConfirmation();
        java.util.Set<String> roles = new java.util.TreeSet<>(account.roles().stream().map(Role::name).toList());
        java.util.Set<String> settings = new java.util.TreeSet<>(account.settings().stream()
                .map(UserAdminController.SettingRef::id).toList());
        boolean trustWide = account.trustWide();
        if (waiting != null) {
            waiting.roles().forEach(r -> roles.add(r.name()));
            if (waiting.trustWide()) {
                trustWide = true;
                settings.clear();
            } else {
                waiting.settings().forEach(s -> settings.add(s.id()));
            }
        }
        Map<String, String> current = new HashMap<>();
        current.put("roles", "," + String.join(",", roles) + ",");
        current.put("settingIds", "," + String.join(",", settings) + ",");
        if (trustWide) {
            current.put("trustWide", "true");
        }
        Map<String, Form> shown = new HashMap<>(Map.of("access", Form.blank("access", current),
                "enabled", Form.blank("enabled"), "second-factor", Form.blank("second-factor"),
                "password", Form.blank("password")));
        if (refused != null) {
            shown.put(refused.name(), AdminForms.inPageOrder(refused, ORDER));
        }
        model.addAttribute("account", account);
        model.addAttribute("access", shown.get("access"));
        model.addAttribute("enabledForm", shown.get("enabled"));
        model.addAttribute("secondFactorForm", shown.get("second-factor"));
        model.addAttribute("passwordForm", shown.get("password"));
        model.addAttribute("labels", LABELS);
        model.addAttribute("roleOptions", Choice.of(Role.class, UserPages::roleName));
        model.addAttribute("settingOptions", settingOptions(user));
        model.addAttribute("roleNames", account.roles().stream().map(UserPages::roleName).toList());
        model.addAttribute("waiting", waiting == null ? null : GrantWords.of(waiting));
        return "admin/user";
    }

    private List<Choice> settingOptions(TidemarkUser user) {
        return scope.settingsOf(user).stream().map(s -> new Choice(s.id(), s.name())).toList();
    }

    static String roleName(Role role) {
        return role.label();
    }
}
