package uk.tidemark.app.web.incident;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

/** The pause between a page's action and its redirect, until the read model shows what the action did. */
@Component
class ReadModelWait {

    /** 80 x 25 ms: the read model follows the event store by milliseconds; two seconds is a slow day. */
    private static final int READ_MODEL_WAITS = 80;

    private final QueryGateway queries;

    ReadModelWait(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Waits (briefly) until the read model shows the change, so that the page after the redirect carries the new
     * version: otherwise the next action, sent with the version before this one, would be refused as stale. Reads
     * the version only, for no one: not a read of case data to audit.
     */
    void await(String id, String sentVersion) {
        Long sent;
        try {
            sent = IfMatch.parse(sentVersion);
        } catch (RuntimeException unreadable) {
            return;
        }
        if (sent == null) {
            return;
        }
        for (int attempt = 0; attempt < READ_MODEL_WAITS; attempt++) {
            IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(id)),
                    ResponseTypes.instanceOf(IncidentDetail.class)).join();
            if (detail == null || detail.version() > sent) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
