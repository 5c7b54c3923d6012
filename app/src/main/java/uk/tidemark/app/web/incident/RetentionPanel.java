package uk.tidemark.app.web.incident;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.query.FindIncidentRetention;
import uk.tidemark.kernel.incident.query.IncidentRetention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The case page's "Retention" panel (decision 0052), for the leads who see the case page: when the case will be
 * reviewed and why, the legal hold, the destruction asked for, and which actions this lead may take. Confirming is
 * offered only to a lead other than the one who asked; an erased case offers nothing and says so in its banner.
 */
@Component
class RetentionPanel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param reviewOn   "4 March 2031", or null while the case is open
     * @param why        the rule in words, with how it is counted; null while open
     * @param source     where the rule's default comes from
     * @param erased     the banner of an erased case ("Personal content erased on …"), or null
     */
    record View(boolean closed, String reviewOn, String why, String source, String keptBecause,
                IncidentRetention.Hold hold, IncidentRetention.Request request, String requestGround,
                boolean mayConfirm, String erased) {

        /** Whether any retention action may be taken: not once the content is erased. */
        public boolean actionable() {
            return erased == null;
        }
    }

    static final List<Choice> GROUNDS = List.of(
            new Choice(ErasureGround.RETENTION_SCHEDULE.name(), "The retention period has ended",
                    "The review found nothing that needs the case kept longer."),
            new Choice(ErasureGround.ERASURE_REQUEST.name(), "The school accepted a request to erase it",
                    "Someone asked for their personal data to be erased and the school agreed that the law allows it."));

    private final QueryGateway queries;

    RetentionPanel(QueryGateway queries) {
        this.queries = queries;
    }

    void fill(IncidentViews.CaseView c, TidemarkUser user, Model model) {
        IncidentRetention r = queries.query(new FindIncidentRetention(IncidentId.of(c.id())),
                ResponseTypes.instanceOf(IncidentRetention.class)).join();
        model.addAttribute("retention", view(c, r, user.getUsername()));
        model.addAttribute("groundOptions", GROUNDS);
    }

    static View view(IncidentViews.CaseView c, IncidentRetention r, String username) {
        boolean closed = c.status() == IncidentStatus.CLOSED;
        if (r == null) {
            return new View(closed, null, null, null, null, null, null, null, false, null);
        }
        String erased = r.erasedOn() == null ? null
                : "Personal content e" + r.erasedUnder().marker(r.erasedOn()).substring(1);
        String why = r.rule() == null ? null : "It is " + r.rule().label() + ": " + r.rule().basis() + ".";
        String kept = r.extension() == null ? null : "Kept until " + day(r.extension().until()) + ": "
                + r.extension().reason();
        IncidentRetention.Request request = r.request();
        return new View(closed, day(r.reviewOn()), why, r.rule() == null ? null : r.rule().source(), kept, r.hold(),
                request, request == null ? null : request.ground().words(),
                request != null && !request.by().equals(username) && r.hold() == null, erased);
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}
