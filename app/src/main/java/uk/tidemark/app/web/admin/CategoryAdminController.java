package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.AdminAccounts;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.category.BuiltInCategories;
import uk.tidemark.app.category.TrustCategoryStore;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.incident.Category;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * A trust's own categories (decision 0041): the words its staff use ("Group chats", "Fake staff accounts"), each
 * under one of the nine built-in categories, which every report to trustees counts by. An administrator adds,
 * renames and retires them; none is deleted, because cases name it, and which built-in category one is under never
 * changes (the reports already counted its cases there): a category moved is retired and added again.
 */
@RestController
@RequestMapping("/api/admin/categories")
@Tag(name = "Administration")
class CategoryAdminController {

    /** {@code under}: the built-in category the reports count it as; {@code underName} that, as people write it. */
    @Schema(name = "TrustCategory")
    record CategoryView(String id, String trustId, String name, Category under, String underName, boolean retired,
                        Instant createdAt, String createdBy) {
    }

    @Schema(name = "NewTrustCategory", description = "trustId may be left out by an administrator of one trust.")
    record NewCategory(@NotBlank(message = REQUIRED) @Chars(max = TrustCategoryStore.MAX_NAME) String name,
                       @NotNull(message = REQUIRED) Category under,
                       @Chars(max = 64) String trustId) {
    }

    @Schema(name = "RenameTrustCategory")
    record Rename(@NotBlank(message = REQUIRED) @Chars(max = 64) String categoryId,
                  @NotBlank(message = REQUIRED) @Chars(max = TrustCategoryStore.MAX_NAME) String name) {
    }

    @Schema(name = "TrustCategoryRetirement", description = "retired true: offered no more (cases keep it); false: "
            + "offered again.")
    record Retirement(@NotBlank(message = REQUIRED) @Chars(max = 64) String categoryId,
                      @NotNull(message = REQUIRED) Boolean retired) {
    }

    record Created(String id) {
    }

    private final AdminScope scope;
    private final TrustCategoryStore store;
    private final AdminAudit audit;

    CategoryAdminController(AdminScope scope, TrustCategoryStore store, AdminAudit audit) {
        this.scope = scope;
        this.store = store;
        this.audit = audit;
    }

    static String words(Category category) {
        return BuiltInCategories.words(category);
    }

    @GetMapping
    @Operation(summary = "The categories of the trusts you manage (or of trustId), retired ones included, by the "
            + "built-in category each is under, then by name.")
    List<CategoryView> list(@RequestParam(required = false) String trustId,
                            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return scope.trustsOf(user).stream().map(AdminAccounts.Trust::id)
                .filter(t -> trustId == null || trustId.isBlank() || t.equals(trustId))
                .flatMap(t -> store.of(t).stream()).map(CategoryAdminController::view).toList();
    }

    @PostMapping(consumes = UserAdminController.JSON)
    @Transactional
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a category of the trust under one of the built-in categories. 201 with Location and "
            + "{id}; 400 for a name the trust has already (capitals aside) or the name of a built-in category.")
    ResponseEntity<Created> add(@Valid @RequestBody NewCategory body, BindingResult binding,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String trustId = scope.trustFor(user, body.trustId(), Set.of(), false, errors);
        if (trustId != null && body.name() != null && !body.name().isBlank()) {
            checkName(trustId, body.name(), null, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String name = tidy(body.name());
        TrustCategoryStore.Row added;
        try {
            added = store.add(trustId, name, body.under(), user.getUsername());
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new InvalidRequestException("name", TAKEN);
        }
        audit.record(user, "CATEGORY_ADDED", Map.of("categoryId", added.id(), "trustId", trustId,
                "under", body.under().name()));
        return ResponseEntity.created(URI.create("/api/admin/categories/" + added.id()))
                .body(new Created(added.id()));
    }

    @Transactional
    @PostMapping(path = "/rename", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "No category with this categoryId in a trust you manage.")
    @Operation(summary = "Rename a category (its id, and the category it is under, stay). Cases show the new name; "
            + "their chronology keeps the name each entry was written with.")
    CategoryView rename(@Valid @RequestBody Rename body, BindingResult binding,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        TrustCategoryStore.Row category = toChange(user, binding, body.categoryId());
        List<FieldProblem> errors = new ArrayList<>();
        checkName(category.trustId(), body.name(), category.id(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        try {
            if (store.rename(category.id(), tidy(body.name()))) {
                audit.record(user, "CATEGORY_RENAMED", Map.of("categoryId", category.id(),
                        "trustId", category.trustId()));
            }
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new InvalidRequestException("name", TAKEN);
        }
        return view(store.find(category.id()).orElseThrow());
    }

    @Transactional
    @PostMapping(path = "/retirement", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "No category with this categoryId in a trust you manage.")
    @Operation(summary = "Retire a category (retired true): reports and changes of category no longer offer it; the "
            + "cases that have it keep it. false offers it again.")
    CategoryView retirement(@Valid @RequestBody Retirement body, BindingResult binding,
                            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        TrustCategoryStore.Row category = toChange(user, binding, body.categoryId());
        if (store.retire(category.id(), body.retired())) {
            audit.record(user, body.retired() ? "CATEGORY_RETIRED" : "CATEGORY_REINSTATED",
                    Map.of("categoryId", category.id(), "trustId", category.trustId()));
        }
        return view(store.find(category.id()).orElseThrow());
    }

    static final String TAKEN = "is the name of another category of the trust already: choose another.";

    /** A name is the trust's own once (capitals and spaces aside), and never a built-in category's. */
    private void checkName(String trustId, String name, String itself, List<FieldProblem> errors) {
        String key = TrustCategoryStore.key(name);
        if (Arrays.stream(Category.values()).anyMatch(c -> TrustCategoryStore.key(words(c)).equals(key)
                || TrustCategoryStore.key(Choice.words(c)).equals(key))) {
            errors.add(new FieldProblem("name", "is the name of a built-in category: choose another."));
        } else if (store.named(trustId, name).filter(other -> !other.id().equals(itself)).isPresent()) {
            errors.add(new FieldProblem("name", TAKEN));
        }
    }

    /** The category a change names, once the request is valid and the category is one of the admin's trusts'. */
    private TrustCategoryStore.Row toChange(TidemarkUser user, BindingResult binding, String categoryId) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = FieldProblems.of(binding);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return store.find(categoryId.strip()).filter(c -> scope.manages(user, c.trustId())
                        && scope.trustsOf(user).stream().anyMatch(t -> t.id().equals(c.trustId())))
                .orElseThrow(() -> new NotFoundException("There is no category with that id."));
    }

    /** Spaces at the ends taken off and runs of spaces made one, as the name is compared. */
    private static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static CategoryView view(TrustCategoryStore.Row r) {
        return new CategoryView(r.id(), r.trustId(), r.name(), r.under(), words(r.under()), r.retired(),
                r.createdAt(), r.createdBy());
    }
}
