package uk.tidemark.app.security.grant;

import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditUnavailableException;
import uk.tidemark.app.account.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each step of a role grant as an ADMIN entry of the audit trail, as administration's other changes are: who,
 * what ({@code ROLE_GRANT_REQUESTED}, {@code _CONFIRMED}, {@code _DECLINED}, {@code _WITHDRAWN}) and the request's
 * details. An entry that cannot be written refuses the step (the transaction around it is rolled back).
 */
@Component
class RoleGrantAudit {

    private final AuditLog log;

    RoleGrantAudit(AuditLog log) {
        this.log = log;
    }

    void record(String actor, String what, RoleGrant grant, Map<String, ?> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grantId", grant.id());
        details.put("username", grant.username());
        details.put("roles", grant.roles().stream().map(Role::name).toList());
        details.put("settingIds", List.copyOf(grant.settingIds()));
        details.put("makeTrustWide", grant.makeTrustWide());
        details.put("scope", grant.scopeTrustWide() ? List.of("*") : List.copyOf(grant.scopeSettingIds()));
        details.put("confirmer", grant.confirmer().name());
        details.put("requestedBy", grant.requestedBy());
        details.putAll(more);
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.ADMIN, actor, null, null, null, what, details,
                    null));
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
    }
}
