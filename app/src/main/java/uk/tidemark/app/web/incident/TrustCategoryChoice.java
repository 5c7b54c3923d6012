package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.category.BuiltInCategories;
import uk.tidemark.app.category.TrustCategoryStore;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.TrustCategory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The trust's own category a report or a change of category names (decision 0041), checked before the command is
 * sent: one of the case's trust, not retired (unless the case has it already), and under the case's main category.
 * Each refusal is the field's 400, so the form shows it beside the choice; the aggregate checks the last rule again.
 */
@Component
class TrustCategoryChoice {

    static final String FIELD = "trustCategoryId";
    static final String NOT_OURS = "is not a category of the trust of this case.";

    private final TrustCategoryStore store;

    TrustCategoryChoice(TrustCategoryStore store) {
        this.store = store;
    }

    /**
     * The trust category named by {@code id}, as the case will record it (its name now); null when none is named or
     * a problem was added to {@code errors}.
     *
     * @param current the id of the case's trust category now, or null (asked only of a retired one: a case keeps its
     *                own even if it was retired since)
     */
    TrustCategory resolve(String id, String trustId, Category category, Supplier<String> current,
                          List<FieldProblem> errors) {
        if (id == null || id.isBlank()) {
            return null;
        }
        TrustCategoryStore.Row row = store.find(id.strip()).filter(r -> r.trustId().equals(trustId)).orElse(null);
        if (row == null) {
            errors.add(new FieldProblem(FIELD, NOT_OURS));
            return null;
        }
        if (row.retired() && !row.id().equals(current.get())) {
            errors.add(new FieldProblem(FIELD, "is retired: choose another."));
            return null;
        }
        if (category != null && row.under() != category) {
            errors.add(new FieldProblem(FIELD, "is a kind of " + lower(row.under()) + ", not of " + lower(category)
                    + ": choose it with " + lower(row.under()) + ", or choose another."));
            return null;
        }
        return row.onCase();
    }

    /** The names the categories of {@code ids} have now (a rename shows on every case at once). */
    Map<String, String> namesNow(Collection<String> ids) {
        return store.namesOf(ids);
    }

    /** The categories of the trust a case may be given now. */
    List<TrustCategoryStore.Row> active(String trustId) {
        return store.activeOf(trustId);
    }

    /** The categories a case of one of these settings may be given now, of each of their trusts. */
    List<TrustCategoryStore.Row> active(Collection<Setting> settings) {
        return settings.stream().map(Setting::trustId).filter(java.util.Objects::nonNull).distinct()
                .flatMap(t -> store.activeOf(t).stream()).sorted(TrustCategoryStore.ORDER).toList();
    }

    private static String lower(Category category) {
        return BuiltInCategories.words(category).toLowerCase(java.util.Locale.UK);
    }
}
