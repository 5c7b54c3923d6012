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

    /** One menu entry; it is current on its own path and on every page under it. */
    public record Link(String label, String path) {
        public boolean current(String currentPath) {
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
        // the image consent register (issue 18): its keepers get the register (which links to the quick check),
        // every other member of staff the quick check
        if (AccessScope.isCaseWorker(user)) {
            links.add(new Link("Image consent", "/registers/image-consent"));
        } else if (AccessScope.mayLog(user)) {
            links.add(new Link("Photo check", "/registers/image-consent/check"));
        }
        if (AccessScope.mayLog(user) || user.hasRole(Role.ADMIN)) { // issue 18: every member of staff reads them
            links.add(new Link("Policies", "/policies"));
        }
        if (AccessScope.mayLog(user)) { // issue 18: every member of staff may ask for one; leads keep theirs
            links.add(new Link("Official accounts", "/registers/official-accounts"));
        }
        // issue 18: every member of staff declares; the headteacher and HR keep the low-level concerns
        if (user.hasAnyRole(Role.STAFF, Role.DSL, Role.DEPUTY_DSL, Role.HR, Role.HEADTEACHER)) {
            links.add(new Link("Declarations", "/declarations"));
        }
        if (AccessScope.isHrWorker(user)) {
            links.add(new Link("Low-level concerns", "/low-level-concerns"));
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
        return links;
    }

    private static String home(TidemarkUser user) {
        if (AccessScope.isCaseWorker(user)) {
            return "Dashboard";
        }
        return user.hasRole(Role.STAFF) ? "My reports" : "Home";
    }
}
