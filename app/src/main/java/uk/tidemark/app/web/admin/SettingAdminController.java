package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.SettingCodes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.app.deadline.SettingCalendarStore;
import uk.tidemark.app.account.AdminAccounts;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.tidemark.app.web.validation.Limits.NAME;
import static uk.tidemark.app.web.validation.Limits.REQUIRED;
import static uk.tidemark.app.web.validation.Limits.TOO_LONG;

/**
 * The settings (schools, centres) of the trusts an administrator manages: list, add, rename, choose the
 * bank-holiday calendar each counts its deadlines on (decision 0032) and the code its cases' references begin with
 * (decision 0038). Never deleted: cases belong to them. An
 * installation administrator with no trust yet names the trust with the first setting.
 */
@RestController
@RequestMapping("/api/admin/settings")
@Tag(name = "Administration")
class SettingAdminController {

    static final String ID = "[a-z0-9][a-z0-9-]{1,63}";

    /**
     * {@code calendar} as stored, {@code calendarName} as people write it ("Northern Ireland"); {@code code} begins
     * the references of its cases ({@code RP} in {@code RP-26-0042}).
     */
    record SettingView(String id, String name, String trustId, String trustName, CalendarRegion calendar,
                       String calendarName, String code) {
    }

    @Schema(name = "NewSetting", description = "id is made from the name when left out; trustName only creates "
            + "the first trust of an installation that has none; calendar is ENGLAND_AND_WALES when left out.")
    record NewSetting(@NotBlank(message = REQUIRED) @Chars(max = NAME) String name,
                      @Pattern(regexp = ID, message = "must be 2 to 64 lower-case letters, digits or hyphens.")
                      String id,
                      @Chars(max = 64) String trustId,
                      @Chars(max = NAME) String trustName,
                      CalendarRegion calendar) {
    }

    @Schema(name = "SettingCalendar", description = "The bank holidays the setting's deadlines skip from now on.")
    record ChangeCalendar(@NotBlank(message = REQUIRED) @Chars(max = 64) String settingId,
                          @NotNull(message = REQUIRED) CalendarRegion calendar) {
    }

    @Schema(name = "SettingCode", description = "The code the setting's new cases' references begin with: 2 to 4 "
            + "letters, unique in the trust (lower-case letters are taken as capitals). References already given keep "
            + "theirs.")
    record ChangeCode(@NotBlank(message = REQUIRED) @Chars(max = 64) String settingId,
                      @NotBlank(message = REQUIRED) @Chars(max = 16) String code) {
    }

    @Schema(name = "RenameSetting")
    record Rename(@NotBlank(message = REQUIRED) @Chars(max = 64) String settingId,
                  @NotBlank(message = REQUIRED) @Chars(max = NAME) String name) {
    }

    record Created(String id) {
    }

    private final AdminScope scope;
    private final AdminAccounts admin;
    private final AccountStore accounts;
    private final AdminAudit audit;
    private final SettingCalendarStore calendars;
    private final SettingCodes codes;

    SettingAdminController(AdminScope scope, AdminAccounts admin, AccountStore accounts, AdminAudit audit,
                           SettingCalendarStore calendars, SettingCodes codes) {
        this.codes = codes;
        this.scope = scope;
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(summary = "The settings of the trusts you manage, by name.")
    List<SettingView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<AdminAccounts.Trust> trusts = scope.trustsOf(user);
        Map<String, CalendarRegion> calendarOf = calendars.current();
        Map<String, String> codeOf = codes.all();
        return scope.settingsOf(user).stream().map(s -> {
            CalendarRegion calendar = CalendarRegion.orDefault(calendarOf.get(s.id()));
            return new SettingView(s.id(), s.name(), s.trustId(), trusts.stream()
                    .filter(t -> t.id().equals(s.trustId())).map(AdminAccounts.Trust::name).findFirst()
                    .orElse(s.trustId()), calendar, calendar.words(), codeOf.get(s.id()));
        }).toList();
    }

    @PostMapping(consumes = UserAdminController.JSON)
    @Transactional
    @Operation(summary = "Add a setting. 201 with Location and {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> add(@Valid @RequestBody NewSetting body, BindingResult binding,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        boolean firstTrust = user.trustId() == null && scope.trustsOf(user).isEmpty()
                && (body.trustId() == null || body.trustId().isBlank());
        String trustId = null;
        if (firstTrust) {
            if (body.trustName() == null || body.trustName().isBlank()) {
                errors.add(new FieldProblem("trustName", "is required: there is no trust yet, so name it."));
            } else {
                trustId = slug(body.trustName());
            }
        } else {
            trustId = scope.trustFor(user, body.trustId(), Set.of(), false, errors);
        }
        String id = body.id() != null ? body.id() : body.name() == null ? null : freeId(slug(body.name()));
        if (id != null && accounts.findSetting(id).isPresent()) {
            errors.add(new FieldProblem("id", "is taken already: choose another."));
        }
        if (id != null && id.length() < 2) {
            errors.add(new FieldProblem("name", "must have at least two letters or digits."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (firstTrust) {
            accounts.createTrust(trustId, body.trustName().strip());
            audit.record(user, "TRUST_CREATED", Map.of("trustId", trustId));
        }
        accounts.createSetting(new Setting(id, trustId, body.name().strip()));
        CalendarRegion calendar = CalendarRegion.orDefault(body.calendar());
        calendars.set(id, calendar);
        audit.record(user, "SETTING_CREATED", Map.of("settingId", id, "trustId", trustId, "calendar", calendar.name()));
        return ResponseEntity.created(URI.create("/api/admin/settings/" + id)).body(new Created(id));
    }

    @Transactional
    @PostMapping(path = "/rename", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "No setting with this settingId in a trust you manage.")
    @Operation(summary = "Rename a setting (its id stays). 404 for a setting of a trust you do not manage.")
    SettingView rename(@Valid @RequestBody Rename body, BindingResult binding,
                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = settingToChange(user, binding, body.settingId());
        admin.renameSetting(setting.id(), body.name().strip());
        audit.record(user, "SETTING_RENAMED", Map.of("settingId", setting.id()));
        return view(user, setting);
    }

    @Transactional
    @PostMapping(path = "/calendar", consumes = UserAdminController.JSON)
    @Operation(summary = "Choose the bank holidays a setting's deadlines skip: ENGLAND_AND_WALES, SCOTLAND or "
            + "NORTHERN_IRELAND. Deadlines set from now on count on it; those already set keep their due date. "
            + "404 for a setting of a trust you do not manage.")
    SettingView calendar(@Valid @RequestBody ChangeCalendar body, BindingResult binding,
                         @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = settingToChange(user, binding, body.settingId());
        if (calendars.set(setting.id(), body.calendar())) {
            audit.record(user, "SETTING_CALENDAR_CHANGED", Map.of("settingId", setting.id(),
                    "calendar", body.calendar().name()));
        }
        return view(user, setting);
    }

    @Transactional
    @PostMapping(path = "/code", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "No setting with this settingId in a trust you manage.")
    @Operation(summary = "Change the code a setting's case references begin with (RP in RP-26-0042): 2 to 4 "
            + "letters, unique in the trust; 400 on code otherwise. Cases from now on are numbered under the new "
            + "code; references already given stay as they are. 404 for a setting of a trust you do not manage.")
    SettingView code(@Valid @RequestBody ChangeCode body, BindingResult binding,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = settingToChange(user, binding, body.settingId());
        String code = body.code().strip().toUpperCase(Locale.ROOT);
        if (!SettingCodes.CODE.matcher(code).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("code",
                    "must be 2 to 4 letters, such as RP.")));
        }
        Optional<String> holder = codes.settingWith(setting.trustId(), code).filter(id -> !id.equals(setting.id()));
        try {
            if (holder.isEmpty() && codes.change(setting.id(), code)) {
                audit.record(user, "SETTING_CODE_CHANGED", Map.of("settingId", setting.id(), "code", code));
            }
        } catch (DuplicateKeyException takenMeanwhile) {
            holder = Optional.of("another");
        }
        if (holder.isPresent()) {
            throw new InvalidRequestException(List.of(new FieldProblem("code",
                    "is the code of another setting of the trust already: choose another.")));
        }
        return view(user, setting);
    }

    /** The setting a change names, once the request is valid and the setting is one of the admin's trusts'. */
    private Setting settingToChange(TidemarkUser user, BindingResult binding, String settingId) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = FieldProblems.of(binding);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return scope.setting(user, settingId);
    }

    private SettingView view(TidemarkUser user, Setting setting) {
        return list(user).stream().filter(s -> s.id().equals(setting.id())).findFirst().orElseThrow();
    }

    /** "St Mary's C of E Primary" → "st-marys-c-of-e-primary". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ENGLISH).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; accounts.findSetting(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
