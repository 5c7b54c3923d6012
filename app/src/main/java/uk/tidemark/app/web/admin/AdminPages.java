package uk.tidemark.app.web.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.app.web.page.WebPage;

/** The administration start page, and the timescales (read-only: {@link TimescaleAdminController}). */
@WebPage
class AdminPages {

    private final TimescaleAdminController timescales;

    AdminPages(TimescaleAdminController timescales) {
        this.timescales = timescales;
    }

    @GetMapping("/admin")
    String index(@AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        return "admin/index";
    }

    @GetMapping("/admin/timescales")
    String timescales(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("timescales", timescales.list(user));
        return "admin/timescales";
    }
}
