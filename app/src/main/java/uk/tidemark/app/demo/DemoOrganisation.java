package uk.tidemark.app.demo;

import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;

/**
 * The demo trust, its two settings and its eight users. Case workers of the first setting (dsl, deputy, head)
 * act on its cases; {@code dsl-b} is the DSL of the second setting. Everyone is fictional, and so are their
 * e-mail addresses ({@code <username>@riverside.example.org}).
 */
final class DemoOrganisation {

    static final String TRUST_ID = "riverside";
    static final String TRUST_NAME = "Riverside Learning Trust";
    static final Setting RIVERSIDE_PRIMARY = new Setting("riverside-primary", TRUST_ID, "Riverside Primary School");
    static final Setting HILLVIEW_ACADEMY = new Setting("hillview-academy", TRUST_ID, "Hillview Academy");

    /** Where the demo users' notification e-mails go: a reserved domain, so no real mailbox ever gets one. */
    static final String EMAIL_DOMAIN = "riverside.example.org";

    /** A demo account: trust-wide, or a member of the given settings. */
    record DemoUser(String username, String displayName, Role role, boolean trustWide, Set<String> settingIds) {
        String email() {
            return username + "@" + EMAIL_DOMAIN;
        }
    }

    static final List<DemoUser> USERS = List.of(
            trustWide("admin", "Demo Administrator", Role.ADMIN),
            member("dsl", "Dana Okafor (DSL, Riverside Primary)", Role.DSL, RIVERSIDE_PRIMARY),
            member("deputy", "Sam Whitlock (Deputy DSL, Riverside Primary)", Role.DEPUTY_DSL, RIVERSIDE_PRIMARY),
            trustWide("hr", "Priya Lomax (HR, Riverside Learning Trust)", Role.HR),
            member("head", "Martin Ashdown (Headteacher, Riverside Primary)", Role.HEADTEACHER, RIVERSIDE_PRIMARY),
            trustWide("trustee", "Helen Marchbank (Trustee)", Role.TRUSTEE),
            member("staff", "Tom Brierley (Class teacher, Riverside Primary)", Role.STAFF, RIVERSIDE_PRIMARY),
            member("dsl-b", "Yusuf Kettering (DSL, Hillview Academy)", Role.DSL, HILLVIEW_ACADEMY));

    private DemoOrganisation() {
    }

    /** Whether the demo trust was seeded before (its first setting is the marker; settings are never deleted). */
    static boolean alreadySeeded(AccountStore accounts) {
        return accounts.findSetting(RIVERSIDE_PRIMARY.id()).isPresent();
    }

    /**
     * Creates the trust, the settings and the users, each with {@code hashedPassword}; answers the usernames it
     * left alone because an account of that name already existed (never overwritten: its password stays).
     */
    static List<String> create(AccountStore accounts, String hashedPassword) {
        accounts.createTrust(TRUST_ID, TRUST_NAME);
        accounts.createSetting(RIVERSIDE_PRIMARY);
        accounts.createSetting(HILLVIEW_ACADEMY);
        List<String> kept = new ArrayList<>();
        for (DemoUser user : USERS) {
            if (accounts.exists(user.username())) {
                kept.add(user.username());
                continue;
            }
            accounts.createUser(user.username(), user.displayName(), hashedPassword, EnumSet.of(user.role()),
                    TRUST_ID, user.trustWide(), user.settingIds(), user.email());
        }
        return kept;
    }

    /** The username who acts on a setting's cases when a scenario does not say. */
    static String defaultCaseWorker(String settingId) {
        return HILLVIEW_ACADEMY.id().equals(settingId) ? "dsl-b" : "dsl";
    }

    private static DemoUser trustWide(String username, String displayName, Role role) {
        return new DemoUser(username, displayName, role, true, Set.of());
    }

    private static DemoUser member(String username, String displayName, Role role, Setting setting) {
        return new DemoUser(username, displayName, role, false, Set.of(setting.id()));
    }
}
