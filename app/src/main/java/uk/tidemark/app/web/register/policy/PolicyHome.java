package uk.tidemark.app.web.register.policy;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;

import java.util.List;

/**
 * The policies' block of the home page ({@code web/home}): for a member of staff, how many policies they have to
 * read; for the headteacher (and an administrator), each setting's policies in force with how many staff have
 * acknowledged them, and the share with training in date. Given to the home page's model as {@code policyHome}
 * (null for a trustee), so the home controller needs no change of its own.
 */
@ControllerAdvice(basePackages = "uk.tidemark.app.web.home")
class PolicyHome {

    /** {@code toRead}: the policies the user must still read; {@code settings}: the compliance they answer for. */
    record Block(int toRead, String toReadWords, String firstToRead,
                 List<PolicyCompliance.SettingCompliance> settings) {
    }

    private final PolicyController api;
    private final PolicyCompliance compliance;

    PolicyHome(PolicyController api, PolicyCompliance compliance) {
        this.api = api;
        this.compliance = compliance;
    }

    @ModelAttribute("policyHome")
    Block policyHome(@AuthenticationPrincipal TidemarkUser user) {
        if (user == null || user.mustChangePassword() || !PolicyGate.isStaff(user) && !user.hasRole(Role.ADMIN)) {
            return null;
        }
        List<PolicyJson.Summary> toRead = PolicyGate.isStaff(user)
                ? api.list(user).stream().filter(PolicyJson.Summary::toRead).toList() : List.of();
        List<PolicyCompliance.SettingCompliance> settings = user.hasAnyRole(Role.HEADTEACHER, Role.ADMIN)
                ? compliance.of(user) : List.of();
        return new Block(toRead.size(), toRead.size() == 1 ? "You have 1 policy to read"
                : "You have " + toRead.size() + " policies to read",
                toRead.size() == 1 ? toRead.get(0).id() : null, settings);
    }
}
