package uk.tidemark.app.access;

import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see and do what with incident cases, decided on the server for every request. This is the
 * interim rule set of the foundation release (the full rules, conflict of interest included, come later):
 * <ul>
 *   <li>case workers (DSL, deputy DSL, headteacher) see and act on the cases of their settings (all settings
 *       of their trust when trust-wide);</li>
 *   <li>anyone else who may log a concern (staff, HR) sees only the cases they reported, status only;</li>
 *   <li>HR and the headteacher see and run the disciplinary cases of their settings; a DSL sees only the stage
 *       and outcome of one linked to an incident they work on;</li>
 *   <li>complaints are handled by the case workers of their setting;</li>
 *   <li>trustees and administrators get no case endpoints at all.</li>
 * </ul>
 */
@Component
public class AccessScope {

    private final AccountStore accounts;

    public AccessScope(AccountStore accounts) {
        this.accounts = accounts;
    }

    public static boolean isCaseWorker(TidemarkUser user) {
        return user.hasAnyRole(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER);
    }

    public static boolean mayLog(TidemarkUser user) {
        return user.hasAnyRole(Role.STAFF, Role.DSL, Role.DEPUTY_DSL, Role.HR, Role.HEADTEACHER);
    }

    /** The settings the user belongs to, in name order. */
    public List<Setting> settingsOf(TidemarkUser user) {
        if (user.trustWide() && user.trustId() != null) {
            return accounts.settingsOfTrust(user.trustId());
        }
        Map<String, Setting> byId = new LinkedHashMap<>();
        for (String id : user.settingIds()) {
            accounts.findSetting(id).ifPresent(s -> byId.put(s.id(), s));
        }
        return byId.values().stream().sorted(Comparator.comparing(Setting::name)).toList();
    }

    public Set<String> settingIdsOf(TidemarkUser user) {
        return settingsOf(user).stream().map(Setting::id).collect(Collectors.toSet());
    }

    /**
     * Whether {@code username} is an account of the trust the setting belongs to: a person on a case can only be
     * linked to someone who could be affected by seeing it. The same answer for an unknown name and for a user
     * of another trust, so that nobody learns another trust's usernames.
     */
    public boolean isUserOfTrust(String username, String trustId) {
        return trustId != null && accounts.find(username).filter(u -> trustId.equals(u.trustId())).isPresent();
    }

    /** The trust of the setting, or null for an unknown setting. */
    public String trustOf(String settingId) {
        return settingId == null ? null : accounts.findSetting(settingId).map(Setting::trustId).orElse(null);
    }

    /** HR runs disciplinary cases; the headteacher oversees them. Both see the HR detail. */
    public static boolean isHrWorker(TidemarkUser user) {
        return user.hasAnyRole(Role.HR, Role.HEADTEACHER);
    }

    /** May the user see and act on a disciplinary case of this setting (the HR detail)? */
    public boolean mayRunDisciplinary(TidemarkUser user, String caseSettingId) {
        return isHrWorker(user) && settingIdsOf(user).contains(caseSettingId);
    }

    /**
     * May the user see and act on a complaint of this setting? Complaints are handled by the safeguarding leads
     * and the headteacher, who redirect incidents into the procedure and answer for it.
     */
    public boolean mayHandleComplaints(TidemarkUser user, String caseSettingId) {
        return mayWorkOn(user, caseSettingId);
    }

    /** May the user work on a case of this type and setting (its deadlines included)? */
    public boolean mayWorkOn(TidemarkUser user, CaseType type, String caseSettingId) {
        return switch (type) {
            case INCIDENT -> mayWorkOn(user, caseSettingId);
            case DISCIPLINARY -> mayRunDisciplinary(user, caseSettingId);
            case COMPLAINT -> mayHandleComplaints(user, caseSettingId);
            // the registers (decision 0050): the setting's case workers keep consent, accounts and declarations;
            // policies are the headteacher's; low-level concerns the headteacher's and HR's
            case IMAGE_CONSENT, OFFICIAL_ACCOUNT, DECLARATION -> mayWorkOn(user, caseSettingId);
            case POLICY -> mayManagePolicies(user, caseSettingId);
            case LOW_LEVEL_CONCERN -> mayRunDisciplinary(user, caseSettingId);
            case SUBJECT_ACCESS -> mayAnswerSubjectAccess(user, caseSettingId);
            // a transfer's deadline is counted for the setting answerable for it (decision 0055)
            case RECORD_TRANSFER -> mayWorkOn(user, caseSettingId);
        };
    }

    /**
     * A subject access request (decision 0053) is a designated safeguarding lead's of the setting that received it
     * (a trust-wide one's of every setting of the trust): not a deputy's, the headteacher's, HR's, a trustee's or an
     * administrator's.
     */
    public boolean mayAnswerSubjectAccess(TidemarkUser user, String settingId) {
        return user.hasAnyRole(Role.DSL) && settingIdsOf(user).contains(settingId);
    }

    /** The headteacher publishes the policies of their settings and answers for their acknowledgement. */
    public boolean mayManagePolicies(TidemarkUser user, String settingId) {
        return user.hasAnyRole(Role.HEADTEACHER) && settingIdsOf(user).contains(settingId);
    }

    /** May the user see the case in full (the case worker's view)? */
    public boolean mayWorkOn(TidemarkUser user, String caseSettingId) {
        return isCaseWorker(user) && settingIdsOf(user).contains(caseSettingId);
    }
}
