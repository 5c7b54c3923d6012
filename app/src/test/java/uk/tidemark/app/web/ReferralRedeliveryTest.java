package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral policy gets events at least once. Sent back to the first event, it sees every referral again:
 * the cases they opened stay as they are (no second stream, no failure), and the processor is not stuck on them,
 * so a new referral still opens its case.
 */
class ReferralRedeliveryTest extends ApiTestSupport {

    static final String REFERRALS = "referrals";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;

    @Test
    void redeliveredReferralsOpenNothingTwiceAndTheNextReferralStillOpensItsCase() {
        String incident = staffCase();
        String first = refer(incident);
        awaitGet(HR, "/api/disciplinary-cases/" + first, r -> r.status() == 200, "the first HR case");
        long eventsOfFirst = eventsOf(first);

        redeliverFromTheFirstEvent();

        String second = refer(staffCase());
        awaitGet(HR, "/api/disciplinary-cases/" + second, r -> r.status() == 200, "the second HR case");
        assertThat(eventsOf(first)).as("the first case, after its referral came again").isEqualTo(eventsOfFirst);
        assertThat(processing.eventProcessor(REFERRALS, StreamingEventProcessor.class).orElseThrow().isError())
                .isFalse();
    }

    private String staffCase() {
        Map<String, Object> body = caseBody();
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Staff Member", "role", "STAFF", "involvement", "SUBJECT")));
        String id = logCase(DSL_A, body);
        JsonNode logged = awaitGet(DSL_A, "/api/incidents/" + id, r -> r.status() == 200, "the case");
        assertThat(post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "MEDIUM", "reason", "r"))
                .status()).isEqualTo(204);
        return id + "|" + logged.path("people").path(0).path("personId").asText();
    }

    private String refer(String incidentAndPerson) {
        String[] parts = incidentAndPerson.split("\\|");
        Reply reply = post(DSL_A, "/api/incidents/" + parts[0] + "/disciplinary-referral", Map.of("personId", parts[1],
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
