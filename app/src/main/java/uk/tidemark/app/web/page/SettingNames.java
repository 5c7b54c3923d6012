package uk.tidemark.app.web.page;

import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the settings a user works in, as pages show them beside a case (the API gives a setting's id):
 * by id, in the order of {@link AccessScope#settingsOf}.
 */
public final class SettingNames {

    private SettingNames() {
    }

    public static Map<String, String> of(List<Setting> settings) {
        Map<String, String> names = new LinkedHashMap<>();
        settings.forEach(s -> names.putIfAbsent(s.id(), s.name()));
        return names;
    }

    public static Map<String, String> of(AccessScope scope, TidemarkUser user) {
        return of(scope.settingsOf(user));
    }

    /** The name of one setting of the user's, or its id if it is not one of theirs. */
    public static String nameOf(AccessScope scope, TidemarkUser user, String settingId) {
        return of(scope, user).getOrDefault(settingId, settingId);
    }
}
