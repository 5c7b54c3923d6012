package uk.tidemark.app.web.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.access.AccessScope;

/** {@code GET /api/me}: who am I, with which roles, in which settings. */
@RestController
class MeController {

    private final AccessScope scope;

    MeController(AccessScope scope) {
        this.scope = scope;
    }

    record SettingRef(String id, String name) {
    }

    record Me(String username, String displayName, List<String> roles, List<SettingRef> settings) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal TidemarkUser user) {
        return new Me(user.getUsername(), user.displayName(),
                user.roles().stream().map(Enum::name).sorted().toList(),
                scope.settingsOf(user).stream().map(s -> new SettingRef(s.id(), s.name())).toList());
    }
}
