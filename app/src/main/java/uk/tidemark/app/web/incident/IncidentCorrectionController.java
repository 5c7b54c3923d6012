package uk.tidemark.app.web.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.incident.ActionRequests.CategoryChange;
import uk.tidemark.app.web.incident.ActionRequests.NewPersonOnCase;
import uk.tidemark.app.web.incident.ActionRequests.PersonCorrection;
import uk.tidemark.app.web.incident.ActionRequests.ReportAmendment;
import uk.tidemark.app.web.incident.IncidentActing.RecordCreated;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.person.People;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.TrustCategory;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.kernel.incident.command.AddPersonToCase;
import uk.tidemark.kernel.incident.command.AmendReport;
import uk.tidemark.kernel.incident.command.ChangeCategory;
import uk.tidemark.kernel.incident.command.CorrectPerson;

import java.util.ArrayList;
import java.util.List;

/**
 * Corrections of a case's record, with the report as first logged kept (issue 15): a person added or corrected, the
 * category changed (and the other kinds of concern the case is), the summary, time or platform amended. Each says
 * why, and the chronology shows what changed from what. As every action: the body validated first, the user a
 * safeguarding lead of the case's setting, the command sent with the client's If-Match, the case's refusal a 409.
 */
@RestController
@RequestMapping("/api/incidents/{id}")
@Tag(name = "Incidents")
class IncidentCorrectionController {

    private static final String JSON = IncidentActionController.JSON;

    private final IncidentActing acting;
    private final IncidentAccess access;
    private final People people;
    private final TrustCategoryChoice trustCategories;
    private final QueryGateway queries;

    IncidentCorrectionController(IncidentActing acting, IncidentAccess access, People people,
                                 TrustCategoryChoice trustCategories, QueryGateway queries) {
        this.trustCategories = trustCategories;
        this.queries = queries;
        this.acting = acting;
        this.access = access;
        this.people = people;
    }

    @PostMapping(path = "/people", consumes = JSON)
    @Operation(summary = "Name a person the report left out, with why. A user of the trust named as a SUBJECT no "
            + "longer sees the case (as a link). 201 {id}: the person's id.")
    @ResponseStatus(HttpStatus.CREATED)
    @PageForm(value = "addPerson", command = AddPersonToCase.class, done = "The person is added to the case.",
            labels = {"name=Name", "role=Role", "involvement=Involvement", "username=Username",
                    "personId=Person", "reason=Reason"})
    RecordCreated addPerson(@PathVariable String id, @Valid @RequestBody NewPersonOnCase body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        String known = blankToNull(body.personId());
        PersonId personId = known == null ? PersonId.random() : PersonId.of(known);
        acting.send(user, id, ifMatch, origin -> {
            String username = blankToNull(body.username());
            if (username != null && !access.isUserOfTrust(username, access.trustOf(origin.settingId()))) {
                throw new InvalidRequestException("username", IncidentAccess.NOT_A_USER_OF_THE_TRUST);
            }
            if (known != null && people.visibleTo(user, known).isEmpty()) {
                throw new InvalidRequestException("personId", "is not a person on any case you can see.");
            }
            return new AddPersonToCase(IncidentId.of(id), new Person(personId, body.name().strip(), body.role(),
                    body.involvement(), username), body.reason());
        });
        return new RecordCreated(personId.value());
    }

    @PostMapping(path = "/people/{personId}/correction", consumes = JSON)
    @Operation(summary = "Correct a person named on the case: name, role or involvement (left out: as it was), with "
            + "why. Making a member of staff or volunteer the subject opens the allegation route at triage. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "correct-{personId}", command = CorrectPerson.class, done = "The correction is recorded.",
            labels = {"name=Name", "role=Role", "involvement=Involvement", "reason=Reason"})
    void correctPerson(@PathVariable String id, @PathVariable String personId,
            @Valid @RequestBody PersonCorrection body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        acting.send(user, id, ifMatch, origin -> {
            if (personId.isBlank()) {
                throw IncidentAccess.notFound();
            }
            return new CorrectPerson(IncidentId.of(id), PersonId.of(personId.strip()), blankToNull(body.name()),
                    body.role(), body.involvement(), body.reason());
        });
    }

    @PostMapping(path = "/category", consumes = JSON)
    @Operation(summary = "Change the case's category, and say which other kinds of concern it is as well "
            + "(secondaryCategories, all of them) and which of the trust's own categories under it (trustCategoryId; "
            + "left out: none), with why. 400 on trustCategoryId for one of another trust, retired (unless the case "
            + "has it) or under another category. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "category", command = ChangeCategory.class, done = "The category is changed.",
            labels = {"category=Category", "trustCategoryId=The trust's own category",
                    "secondaryCategories=Other kinds of concern", "reason=Reason"})
    void changeCategory(@PathVariable String id, @Valid @RequestBody CategoryChange body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        acting.send(user, id, ifMatch, origin -> {
            List<FieldProblem> errors = new ArrayList<>();
            TrustCategory trustCategory = trustCategories.resolve(body.trustCategoryId(),
                    access.trustOf(origin.settingId()), body.category(), () -> currentTrustCategory(id), errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            return new ChangeCategory(IncidentId.of(id), body.category(),
                    body.secondaryCategories() == null ? List.of() : List.copyOf(body.secondaryCategories()),
                    body.reason(), trustCategory);
        });
    }

    /** The id of the case's trust category as the read model has it (only asked of a retired one being kept). */
    private String currentTrustCategory(String id) {
        IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(id)),
                ResponseTypes.instanceOf(IncidentDetail.class)).join();
        return detail == null || detail.trustCategory() == null ? null : detail.trustCategory().id();
    }

    @PostMapping(path = "/amendment", consumes = JSON)
    @Operation(summary = "Amend what the report said: summary, when it happened, platform (left out: as it was), "
            + "with why. The report as first logged stays visible (asLogged). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "amendment", command = AmendReport.class, done = "The report is amended.",
            labels = {"summary=Summary", "occurredAt=When it happened", "platform=Platform", "reason=Reason"})
    void amend(@PathVariable String id, @Valid @RequestBody ReportAmendment body,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        acting.send(user, id, ifMatch, origin -> new AmendReport(IncidentId.of(id), blankToNull(body.summary()),
                body.occurredAt(), body.platform(), body.reason()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
