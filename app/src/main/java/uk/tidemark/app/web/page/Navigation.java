package uk.tidemark.app.web.page;

import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The menu of the pages a user's roles open, in the order they work. Only a convenience: every page still checks
 * on the server, and a role that reaches a page by its address gets the 403 or 404 the API would give.
 */
public final class Navigation {

    /**
     * One menu entry; it is current on its own path and on every page under it, except the pages of a deeper entry
     * ({@code deeper}: "Photo check" at /registers/image-consent/check, not "Registers" at /registers).
     */
    public record Link(String label, String path, List<String> deeper) {

        public Link(String label, String path) {
            this(label, path, List.of());
        }

        public boolean current(String currentPath) {
            return opens(path, currentPath) && deeper.stream().noneMatch(d -> opens(d, currentPath));
        }

        private static boolean opens(String path, String currentPath) {
            if (currentPath == null) {
                return false;
            }
            return path.equals("/") ? currentPath.equals("/") : currentPath.equals(path) || currentPath.startsWith(path + "/");
        }
    }

    private Navigation() {
    }

    public static List<Link> linksFor(TidemarkUser user) {
        List<Link> links = new ArrayList<>();
        if (user == null || user.mustChangePassword()) {
            return links; // a user who must change their password first has nowhere else to go (decision 0024)
        }
        links.add(new Link(home(user), "/"));
        if (AccessScope.mayLog(user)) {
            links.add(new Link("Report a concern", "/concerns/new"));
        }
        if (AccessScope.isCaseWorker(user)) {
            links.add(new Link("Cases", "/cases"));
        }
        if (user.hasAnyRole(Role.DSL, Role.DEPUTY_DSL, Role.HR, Role.HEADTEACHER)) {
            links.add(new Link("Deadlines", "/deadlines"));
        }
        if (AccessScope.isHrWorker(user)) {
            links.add(new Link("HR register", "/hr"));
        }
        if (AccessScope.isCaseWorker(user)) {
            links.add(new Link("Complaints", "/complaints"));
        }
        // issue 18: the registers behind one entry, so the menu stays short; the photo check stays at hand for the
        // staff who post on official accounts (the case workers reach it from the image consent register)
        if (AccessScope.mayLog(user) && !AccessScope.isCaseWorker(user)) {
            links.add(new Link("Photo check", "/registers/image-consent/check"));
        }
        if (AccessScope.mayLog(user) || user.hasRole(Role.ADMIN)) {
            links.add(new Link("Registers", "/registers"));
        }
        if (user.hasAnyRole(Role.TRUSTEE, Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER)) {
            links.add(new Link("Quarterly report", "/reports/quarterly"));
        }
        if (user.hasAnyRole(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER, Role.ADMIN)) {
            links.add(new Link("Audit trail", "/audit"));
        }
        if (user.hasRole(Role.ADMIN)) {
            links.add(new Link("Administration", "/admin"));
        }
        if (user.hasAnyRole(Role.HEADTEACHER, Role.ADMIN)) {
            links.add(new Link("Role changes", "/role-grants"));
        }
        links.add(new Link("Notifications", "/notifications"));
        return withDeeper(links);
    }

    /** Each link told the other links under its path, so that only the deepest is current. */
    private static List<Link> withDeeper(List<Link> links) {
        List<Link> told = new ArrayList<>();
        for (Link link : links) {
            List<String> deeper = links.stream().map(Link::path)
                    .filter(p -> !p.equals(link.path()) && Link.opens(link.path(), p)).toList();
            told.add(new Link(link.label(), link.path(), deeper));
        }
        return told;
    }

    private static String home(TidemarkUser user) {
        if (AccessScope.isCaseWorker(user)) {
            return "Dashboard";
        }
        return user.hasRole(Role.STAFF) ? "My reports" : "Home";
    }
}
