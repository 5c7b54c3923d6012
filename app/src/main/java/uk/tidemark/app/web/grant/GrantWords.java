package uk.tidemark.app.web.grant;

import uk.tidemark.app.account.Role;
import uk.tidemark.app.time.LondonTimes;

import java.util.List;

/** A role-change request in the words of the pages: who, which role, where, asked by whom and when, who confirms. */
public record GrantWords(String grantId, String forWhom, String username, String roles, String where,
                         String requestedBy, String requestedAt, String confirmer, boolean youMayDecide,
                         String whyNot) {

    public static GrantWords of(RoleGrantController.GrantView g) {
        String roles = g.roles().isEmpty() ? "Their case roles, in more places"
                : words(g.roles().stream().map(Role::label).toList());
        String where = g.trustWide() ? "The whole trust"
                : words(g.settings().stream().map(RoleGrantController.SettingRef::name).toList());
        String confirmer = "ADMIN".equals(g.confirmer()) ? "Another administrator"
                : "The headteacher of " + where;
        // the name people know them by, never the username (issue 16): the user administration page has that
        return new GrantWords(g.grantId(), g.displayName(), g.username(), roles, where,
                g.requestedBy(), LondonTimes.format(g.requestedAt()), confirmer, g.youMayDecide(), g.whyNot());
    }

    /** E.g. "Designated safeguarding lead for Dee Ess in Alder School". */
    public String sentence() {
        return roles + " for " + forWhom + " in " + ("The whole trust".equals(where) ? "the whole trust" : where);
    }

    private static String words(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
