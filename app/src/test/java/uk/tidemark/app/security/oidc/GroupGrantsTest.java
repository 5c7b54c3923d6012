package uk.tidemark.app.security.oidc;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.account.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupGrantsTest {

    private final GroupGrants grants = new GroupGrants(Map.of(
            "0b7c5a3e-dsl-a", List.of("DSL:setting-a"),
            "leads-b", List.of("DSL:setting-b", "deputy_dsl:setting-b"),
            "hr", List.of("HR:*")));

    @Test
    void groupsAddUpToRolesAndSettingsAndAStarIsTrustWide() {
        GroupGrants.Access access = grants.accessOf(List.of("0B7C5A3E-DSL-A", "leads-b", "not-mapped"));
        assertThat(access.roles()).containsExactlyInAnyOrder(Role.DSL, Role.DEPUTY_DSL);
        assertThat(access.settingIds()).isEqualTo(Set.of("setting-a", "setting-b"));
        assertThat(access.trustWide()).isFalse();

        GroupGrants.Access hr = grants.accessOf(List.of("hr"));
        assertThat(hr.roles()).containsExactly(Role.HR);
        assertThat(hr.trustWide()).isTrue();
    }

    @Test
    void noMappedGroupIsNoAccess() {
        assertThat(grants.accessOf(List.of("staff-room", "everyone")).none()).isTrue();
        assertThat(grants.accessOf(List.of()).none()).isTrue();
    }

    @Test
    void aGrantThatDoesNotParseStopsStartUp() {
        assertThatThrownBy(() -> new GroupGrants(Map.of("g", List.of("DSL"))))
                .hasMessageContaining("tidemark.oidc.group-roles.g");
        assertThatThrownBy(() -> new GroupGrants(Map.of("g", List.of("OWNER:setting-a"))))
                .hasMessageContaining("no role OWNER");
    }
}
