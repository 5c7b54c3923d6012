package uk.tidemark.app.web.register.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.person.Rosters;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.FindOnRoster;
import uk.tidemark.kernel.person.RosterMatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "May I post a photo of …?" for anyone who posts for the setting (issue 18): every member of staff of the setting,
 * whatever their role but trustee and administrator. It answers from the pupils on the rosters of the user's
 * settings whose name contains the text: their name, setting and what is allowed, nothing else; a pupil not on the
 * register answers ALL, and a name on no roster gives no rows. The read is audited like a list's (how many rows),
 * never with the text asked.
 */
@RestController
@Tag(name = "Image consent register")
class ImageConsentCheckController {

    static final int MAX_ROWS = 10;

    /** One pupil and what may be posted of them. {@code setting} is the setting's name. */
    record Check(String personId, String name, String setting, ImageAllowance allowed) {
    }

    private final Rosters rosters;
    private final QueryGateway queries;
    private final AccessScope scope;
    private final ReadAudit reads;

    ImageConsentCheckController(Rosters rosters, QueryGateway queries, AccessScope scope, ReadAudit reads) {
        this.rosters = rosters;
        this.queries = queries;
        this.scope = scope;
        this.reads = reads;
    }

    @GetMapping("/api/registers/image-consent/check")
    @Operation(summary = "May I post a photo of q? The pupils of your settings' rosters whose name contains q "
            + "(2 to 200 characters), at most 10, by name: {personId, name, setting (its name), allowed: ALL, "
            + "NO_NAME, FIRST_NAME_ONLY or NONE}. A pupil not on the register is ALL; a name on no roster gives []. "
            + "Every member of staff (STAFF, DSL, DEPUTY_DSL, HR, HEADTEACHER); 403 for trustees and administrators.")
    @CaseDataRead
    List<Check> check(@RequestParam(required = false) String q, @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.mayLog(user)) {
            throw new ForbiddenException("The image consent check is for the staff of a setting.");
        }
        if (q == null || q.strip().length() < 2 || q.length() > 200) {
            throw new InvalidRequestException(List.of(new FieldProblem("q", "must be 2 to 200 characters.")));
        }
        List<Check> answers = answer(user, q);
        reads.recordList(user, answers.size());
        return answers;
    }

    /** The answer, without its audit (the page audits its own read through {@link #check}). */
    private List<Check> answer(TidemarkUser user, String q) {
        List<RosterMatch> pupils = rosters.named(user, null, q, FindOnRoster.MAX_LIMIT).stream()
                .filter(m -> m.role() == PersonRole.PUPIL && !m.left()).limit(MAX_ROWS).toList();
        if (pupils.isEmpty()) {
            return List.of();
        }
        Set<String> settings = pupils.stream().map(RosterMatch::settingId).collect(Collectors.toSet());
        Set<String> people = pupils.stream().map(RosterMatch::personId).collect(Collectors.toSet());
        Map<String, ImageAllowance> allowed = new HashMap<>();
        queries.query(new FindImageConsents(settings, people, false),
                        ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join()
                .forEach(entry -> allowed.put(entry.settingId() + "/" + entry.personId(), entry.allowed()));
        Map<String, String> names = SettingNames.of(scope, user);
        return pupils.stream().map(p -> new Check(p.personId(), p.name(), names.getOrDefault(p.settingId(), ""),
                allowed.getOrDefault(p.settingId() + "/" + p.personId(), ImageAllowance.ALL))).toList();
    }
}
