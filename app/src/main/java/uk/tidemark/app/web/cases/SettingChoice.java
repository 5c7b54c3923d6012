package uk.tidemark.app.web.cases;

import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;

import java.util.List;

/** Which setting a new case belongs to: the one the user named, if it is theirs, or their only one. */
public final class SettingChoice {

    private SettingChoice() {
    }

    /** The requested setting if it is one of the user's, or the user's only setting when none is named. */
    public static String settingFor(AccessScope scope, TidemarkUser user, String requested, List<FieldProblem> errors) {
        List<Setting> mine = scope.settingsOf(user);
        if (requested == null || requested.isBlank()) {
            if (mine.size() == 1) {
                return mine.get(0).id();
            }
            errors.add(new FieldProblem("settingId", mine.isEmpty()
                    ? "cannot be chosen: your account belongs to no setting; ask your administrator."
                    : "is required: you belong to more than one setting."));
            return null;
        }
        if (mine.stream().noneMatch(s -> s.id().equals(requested))) {
            errors.add(new FieldProblem("settingId", "is not one of your settings."));
        }
        return requested;
    }
}
