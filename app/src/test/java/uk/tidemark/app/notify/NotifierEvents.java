package uk.tidemark.app.notify;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifier's side of the event store: missed deadlines appended to a case's stream as the case would append them
 * when its deadline fires, the processors rebuilt from zero, and the notifier's processor sent back to the first event.
 */
final class NotifierEvents {

    /** The notifier's processing group. */
    private static final String NOTIFIER = "notifications";

    private final EventStore eventStore;
    private final CaseFixture cases;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;

    NotifierEvents(EventStore eventStore, CaseFixture cases, EventProcessingConfiguration processing,
                   TokenStore tokenStore) {
        this.eventStore = eventStore;
        this.cases = cases;
        this.processing = processing;
        this.tokenStore = tokenStore;
    }

    /** Appends a DeadlineMissed to a logged case's stream. */
    void publishMissed(String caseId, DeadlineMissed missed) {
        var first = eventStore.readEvents(caseId).next();
        eventStore.publish(new GenericDomainEventMessage<>(first.getType(), caseId, cases.storedVersion(caseId) + 1,
                missed));
    }

    /** The first response to an incident of the setting missed now; {@code owner} null for a case nobody owns. */
    void firstResponseMissed(String incidentId, String settingId, String owner) {
        publishMissed(incidentId, new DeadlineMissed(DeadlineEvent.idOf(incidentId, DeadlineKind.FIRST_RESPONSE, "1"),
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, incidentId, settingId, Instant.now(), owner));
    }

    /** Every processor that can be reset rebuilt from zero; answers their names. */
    List<String> rebuildEveryProcessorThatCanBe() {
        List<String> reset = new ArrayList<>();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutDown();
                streaming.resetTokens();
                streaming.start();
                reset.add(streaming.getName());
            }
        }
        return reset;
    }

    /** Every event redelivered to the notifier as if never seen: its token back at the first event, not a replay. */
    void restartNotifierFromTheFirstEvent() {
        StreamingEventProcessor notifier = (StreamingEventProcessor) processing.eventProcessor(NOTIFIER).orElseThrow();
        notifier.shutDown();
        try {
            // a plain token at the first event, not a replay token: the events arrive as new ones
            TrackingToken first = eventStore.createTailToken();
            for (int segment : tokenStore.fetchSegments(NOTIFIER)) {
                tokenStore.storeToken(first, NOTIFIER, segment);
                tokenStore.releaseClaim(NOTIFIER, segment);
            }
        } finally {
            notifier.start();
        }
    }
}
