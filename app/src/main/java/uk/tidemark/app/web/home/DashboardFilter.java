package uk.tidemark.app.web.home;

import uk.tidemark.app.account.Setting;
import uk.tidemark.app.web.incident.DashboardCases;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's filters as submitted (a GET form, so also a link anyone can bookmark). A value the form does not
 * offer (a setting that is not the user's, a stage that does not exist) is no filter rather than an error: the
 * scope is the server's anyway, and an address typed by hand still lands on a working page.
 */
record DashboardFilter(String settingId, Stage stage, Severity severity, Category category) {

    static DashboardFilter of(String setting, String stage, String severity, String category, List<Setting> mine) {
        String settingId = mine.stream().map(Setting::id).filter(id -> id.equals(setting)).findFirst().orElse(null);
        return new DashboardFilter(settingId, parse(Stage.class, stage), parse(Severity.class, severity),
                parse(Category.class, category));
    }

    DashboardCases.Narrowing narrowing() {
        return new DashboardCases.Narrowing(settingId, stage, severity, category);
    }

    boolean any() {
        return settingId != null || stage != null || severity != null || category != null;
    }

    /** The filters as query parameters, for links that keep them (blank values left out). */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("setting", settingId == null ? "" : settingId);
        params.put("stage", stage == null ? "" : stage.name());
        params.put("severity", severity == null ? "" : severity.name());
        params.put("category", category == null ? "" : category.name());
        return params;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
                .orElse(null);
    }
}
