package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.category.TrustCategoryStore;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.kernel.incident.Category;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The categories a case can be given: the trust's own ones (decision 0041), for a client that logs cases (a school's
 * MIS integration) to offer them. The built-in nine are the API's {@code category} values and are not listed here.
 */
@RestController
@Tag(name = "Incidents")
class CategoryController {

    /** {@code under}: the built-in category to send with it as {@code category}. */
    @Schema(name = "CategoryChoice")
    record CategoryChoiceView(String id, String name, Category under) {
    }

    private final AccessScope scope;
    private final TrustCategoryChoice categories;

    CategoryController(AccessScope scope, TrustCategoryChoice categories) {
        this.scope = scope;
        this.categories = categories;
    }

    @GetMapping("/api/categories")
    @Operation(summary = "The trust's own categories a case may be given now (not retired), each with the built-in "
            + "category it is under: send its id as trustCategoryId and that category as category. By the built-in "
            + "category, then by name.")
    List<CategoryChoiceView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.mayLog(user)) { // the security chain already says so; kept beside the rule
            throw new ForbiddenException("Your role does not allow this.");
        }
        return trustsOf(scope.settingsOf(user)).stream().flatMap(t -> categories.active(t).stream())
                .sorted(TrustCategoryStore.ORDER)
                .map(r -> new CategoryChoiceView(r.id(), r.name(), r.under())).toList();
    }

    private List<String> trustsOf(Collection<Setting> settings) {
        return settings.stream().map(Setting::trustId).filter(Objects::nonNull).distinct().toList();
    }
}
