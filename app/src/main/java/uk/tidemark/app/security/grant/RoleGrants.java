package uk.tidemark.app.security.grant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.RefusedCommandException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Granting or widening a case role takes a second person (decision 0026). An administrator's change of an account
 * applies its narrowing and its harmless parts at once and keeps the rest as one pending request per account; a
 * headteacher of every setting it opens, or, for the whole trust or a setting without a headteacher, another
 * administrator, confirms or declines it. Never the one who asked, never the account itself. Both steps are ADMIN
 * entries of the audit trail, written in the same transaction as the change, and the people around the setting are
 * told ({@link RoleGrantNotices}).
 */
@Service
public class RoleGrants {

    /** The outcome of an administrator's change: what waits for confirmation now, if anything. */
    public record Requested(CaseAccess applied, RoleGrant pending, RoleGrant withdrawn) {
    }

    private final RoleGrantStore store;
    private final AccountStore accounts;
    private final RoleGrantRules rules;
    private final RoleGrantAudit audit;
    private final RoleGrantNotices notices;

    RoleGrants(RoleGrantStore store, AccountStore accounts, RoleGrantRules rules, RoleGrantAudit audit,
               RoleGrantNotices notices) {
        this.store = store;
        this.accounts = accounts;
        this.rules = rules;
        this.audit = audit;
        this.notices = notices;
    }

    /**
     * Makes an administrator's change of an account's access: {@code applyNow} writes what applies at once (inside
     * this transaction, with the audit entries), and what widens case access becomes the account's one pending
     * request, replacing any earlier one that asked for something else.
     *
     * @throws RoleGrantRules.NoConfirmer when nobody could confirm what is asked (settings with different
     *                                    headteachers): nothing is changed
     */
    @Transactional
    public Requested change(TidemarkUser admin, String username, String trustId, CaseAccess current,
                            CaseAccess desired, Consumer<CaseAccess> applyNow) {
        AccessChange change = AccessChange.of(current, desired);
        Optional<RoleGrant> earlier = store.pendingFor(username);
        if (change.pending() != null && earlier.isPresent() && earlier.get().sameRequest(change.pending())) {
            applyNow.accept(change.immediate());
            return new Requested(change.immediate(), earlier.get(), null); // asked again: the same request waits on
        }
        RoleGrant.Confirmer confirmer = change.pending() == null ? null
                : rules.confirmerFor(change.pending(), trustId, Set.of(admin.getUsername(), username));
        Instant now = Instant.now();
        RoleGrant withdrawn = null;
        if (earlier.isPresent() && store.end(earlier.get().id(), RoleGrant.Status.WITHDRAWN, admin.getUsername(), now,
                "replaced by a later change of the account")) {
            withdrawn = earlier.get();
            audit.record(admin.getUsername(), "ROLE_GRANT_WITHDRAWN", withdrawn, Map.of());
        }
        applyNow.accept(change.immediate());
        RoleGrant pending = null;
        if (change.pending() != null) {
            AccessChange.Pending p = change.pending();
            pending = new RoleGrant(UUID.randomUUID().toString(), username, trustId, p.roles(), p.settingIds(),
                    p.makeTrustWide(), p.scopeTrustWide(), p.scopeSettingIds(), confirmer, admin.getUsername(), now,
                    RoleGrant.Status.PENDING, null, null, null);
            store.insert(pending);
            audit.record(admin.getUsername(), "ROLE_GRANT_REQUESTED", pending, Map.of());
            notices.requested(pending);
        }
        return new Requested(change.immediate(), pending, withdrawn);
    }

    /** The account's request waiting for confirmation, if any. */
    public Optional<RoleGrant> pendingFor(String username) {
        return store.pendingFor(username);
    }

    /** The pending requests the user sees: those they may decide, and for an administrator all of their trusts. */
    public List<RoleGrant> pendingSeenBy(TidemarkUser user) {
        return store.allPending().stream().filter(g -> rules.sees(user, g)).toList();
    }

    /** The request, if the user may see it (an unknown one and one they may not see alike: empty). */
    public Optional<RoleGrant> find(TidemarkUser user, String id) {
        return store.find(id).filter(g -> rules.sees(user, g));
    }

    /** Why the user may not confirm or decline the request, in their words; empty when they may. */
    public Optional<String> whyNot(TidemarkUser user, RoleGrant grant) {
        return rules.whyNot(user, grant);
    }

    /**
     * Confirms the request: the account gets its roles, settings or trust through {@link AccountStore#applyRoleGrant}
     * (the one place where an administrator's grant takes effect).
     *
     * @throws RefusedCommandException when it was decided or withdrawn meanwhile (409)
     */
    @Transactional
    public RoleGrant confirm(TidemarkUser decider, RoleGrant grant) {
        RoleGrant decided = decide(decider, grant, RoleGrant.Status.CONFIRMED, null);
        accounts.applyRoleGrant(grant.username(), grant.roles(), grant.settingIds(), grant.makeTrustWide());
        audit.record(decider.getUsername(), "ROLE_GRANT_CONFIRMED", decided, Map.of());
        notices.decided(decided);
        return decided;
    }

    /** Declines the request: the account keeps what it has, no case role is added. */
    @Transactional
    public RoleGrant decline(TidemarkUser decider, RoleGrant grant, String reason) {
        RoleGrant decided = decide(decider, grant, RoleGrant.Status.DECLINED, reason);
        audit.record(decider.getUsername(), "ROLE_GRANT_DECLINED", decided,
                reason == null ? Map.of() : Map.of("reason", inAudit(reason)));
        notices.decided(decided);
        return decided;
    }

    /** Room an audit entry's details have for a reason: its start, whole characters; the request keeps it all. */
    static final int REASON_IN_AUDIT = 1000;

    private static String inAudit(String reason) {
        if (reason.codePointCount(0, reason.length()) <= REASON_IN_AUDIT) {
            return reason;
        }
        return reason.substring(0, reason.offsetByCodePoints(0, REASON_IN_AUDIT - 1)) + "…";
    }

    private RoleGrant decide(TidemarkUser decider, RoleGrant grant, RoleGrant.Status status, String reason) {
        Optional<String> refused = rules.whyNot(decider, grant);
        if (refused.isPresent()) {
            throw new IllegalStateException("checked by the caller: " + refused.get());
        }
        Instant now = Instant.now();
        if (!store.end(grant.id(), status, decider.getUsername(), now, reason)) {
            throw new RefusedCommandException("This role change was already confirmed, declined or replaced.");
        }
        return new RoleGrant(grant.id(), grant.username(), grant.trustId(), grant.roles(), grant.settingIds(),
                grant.makeTrustWide(), grant.scopeTrustWide(), grant.scopeSettingIds(), grant.confirmer(),
                grant.requestedBy(), grant.requestedAt(), status, decider.getUsername(), now, reason);
    }

    /** The case roles in words, for messages: "Designated safeguarding lead and HR". */
    public static String roleWords(Set<Role> roles) {
        List<String> words = roles.stream().map(Role::label).toList();
        if (words.isEmpty()) {
            return "their case roles";
        }
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
