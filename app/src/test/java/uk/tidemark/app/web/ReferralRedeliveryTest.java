package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The referral policy gets events at least once. Sent back to the first event, it sees every referral again:
 * the cases they opened stay as they are (no second stream, no failure), and the processor is not stuck on them,
 * so a new referral still opens its case.
 */
@RunningApp
class ReferralRedeliveryTest {

    static final String REFERRALS = "referrals";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;

    @Test
    void redeliveredReferralsOpenNothingTwiceAndTheNextReferralStillOpensItsCase() {
        String incident = staffCase();
        String first = refer(incident);
        cases.awaitGet(HR, "/api/disciplinary-cases/" + first, r -> r.status() == 200, "the first HR case");
        long eventsOfFirst = eventsOf(first);

        redeliverFromTheFirstEvent();

        String second = refer(staffCase());
        cases.awaitGet(HR, "/api/disciplinary-cases/" + second, r -> r.status() == 200, "the second HR case");
        assertThat(eventsOf(first)).as("the first case, after its referral came again").isEqualTo(eventsOfFirst);
        assertThat(processing.eventProcessor(REFERRALS, StreamingEventProcessor.class).orElseThrow().isError())
                .isFalse();
    }

    private String staffCase() {
        Map<String, Object> body = caseBody();
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Staff Member", "role", "STAFF", "involvement", "SUBJECT")));
        String id = cases.logCase(DSL_A, body);
        JsonNode logged = cases.awaitGet(DSL_A, "/api/incidents/" + id, r -> r.status() == 200, "the case");
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "MEDIUM", "reason", "r"))
                .status()).isEqualTo(204);
        return id + "|" + logged.path("people").path(0).path("personId").asText();
    }

    private String refer(String incidentAndPerson) {
        String[] parts = incidentAndPerson.split("\\|");
        Reply reply = api.post(DSL_A, "/api/incidents/" + parts[0] + "/disciplinary-referral", Map.of("personId", parts[1],
                "teacher", false, "concernsHarmToChildren", false, "allegation", "Posts about colleagues."));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asText();
    }

    private long eventsOf(String caseId) {
        return eventStore.readEvents(caseId).asStream().count();
    }

    private void redeliverFromTheFirstEvent() {
        StreamingEventProcessor policy = processing.eventProcessor(REFERRALS, StreamingEventProcessor.class)
                .orElseThrow();
        policy.shutDown();
        try {
            // a plain token at the first event, not a replay token: the referrals arrive as new events
            TrackingToken first = eventStore.createTailToken();
            for (int segment : tokenStore.fetchSegments(REFERRALS)) {
                tokenStore.storeToken(first, REFERRALS, segment);
                tokenStore.releaseClaim(REFERRALS, segment);
            }
        } finally {
            policy.start();
        }
    }
}
