package uk.tidemark.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.tidemark.app.fixture.SealedValues;
import uk.tidemark.app.support.ApiClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A burst of mixed case commands from concurrent clients, each with its own session: every client logs a case,
 * triages it, adds two notes, logs the next, ... until the burst's command budget is spent or a command goes
 * unanswered (the server died under it), after which that client stops.
 * <p>
 * Every command carries a token of its own in its free text (summary, triage reason, note text), so that each event
 * in the store can be traced back to the command that caused it: the ledger keeps what was sent, what was answered
 * 2xx (with the id the answer carried) and how many went unanswered.
 */
final class CommandBurst {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { LOG, TRIAGE, NOTE }

    /** A command the server acknowledged: its kind, its case and, for a log or a note, the id it answered with. */
    record Acked(Kind kind, String caseId, String answeredId) {
    }

    /** What the clients sent and what they were told. Tokens are unique across the burst. */
    static final class Ledger {
        final Set<String> sent = ConcurrentHashMap.newKeySet();
        final Map<String, Acked> acked = new ConcurrentHashMap<>();
        final AtomicInteger unanswered = new AtomicInteger();
        /** Answers other than 2xx: a refused command would be a bug in the burst, not an effect of the crash. */
        final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    private final String runId;
    private final int totalCommands;
    private final List<ApiClient> clients;
    private final Ledger ledger = new Ledger();
    private final AtomicInteger budget = new AtomicInteger();
    private final CountDownLatch stopped;
    private volatile CountDownLatch ackWatch = new CountDownLatch(0);

    CommandBurst(String runId, int totalCommands, List<ApiClient> clients) {
        this.runId = runId;
        this.totalCommands = totalCommands;
        this.clients = clients;
        this.stopped = new CountDownLatch(clients.size());
    }

    Ledger ledger() {
        return ledger;
    }

    /** Starts every client on a thread of its own; returns a latch that opens after {@code acks} acknowledgements. */
    CountDownLatch start(int acks) {
        ackWatch = new CountDownLatch(acks);
        for (int c = 0; c < clients.size(); c++) {
            int client = c;
            Thread thread = new Thread(() -> run(client), "burst-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        return ackWatch;
    }

    boolean awaitStopped(long seconds) throws InterruptedException {
        return stopped.await(seconds, TimeUnit.SECONDS);
    }

    private void run(int client) {
        ApiClient api = clients.get(client);
        try {
            String caseId = null;
            int step = 0;
            int n;
            while ((n = budget.incrementAndGet()) <= totalCommands) {
                Kind kind = caseId == null || step == 0 ? Kind.LOG : step == 1 ? Kind.TRIAGE : Kind.NOTE;
                String token = runId + "-c" + client + "-" + n + "-" + kind;
                ledger.sent.add(token);
                HttpResponse<String> answer;
                try {
                    answer = switch (kind) {
                        case LOG -> api.post("/api/incidents", ApiClient.incidentBody(BurstStore.SETTING_ID, token, token));
                        case TRIAGE -> api.post("/api/incidents/" + caseId + "/triage",
                                "{\"severity\":\"MEDIUM\",\"reason\":\"" + token + "\"}");
                        case NOTE -> api.post("/api/incidents/" + caseId + "/notes", "{\"text\":\"" + token + "\"}");
                    };
                } catch (Exception unanswered) { // the process died with the command in flight: its fate is unknown
                    ledger.unanswered.incrementAndGet();
                    return;
                }
                if (answer.statusCode() / 100 != 2) {
                    ledger.refused.add(kind + " " + answer.statusCode() + " " + answer.body());
                    return;
                }
                String answeredId = kind == Kind.TRIAGE ? null : JSON.readTree(answer.body()).path("id").asText();
                if (kind == Kind.LOG) {
                    caseId = answeredId;
                }
                ledger.acked.put(token, new Acked(kind, caseId, answeredId));
                ackWatch.countDown();
                step = (step + 1) % 4; // log, triage, note, note
            }
        } catch (Exception e) {
            ledger.refused.add("client " + client + ": " + e);
        } finally {
            stopped.countDown();
        }
    }

    /** The command token an event carries, or null for an event no burst command writes its text into. */
    static String tokenOf(String payloadType, byte[] payload, SealedValues open) {
        String field = payloadType.endsWith(".IncidentLogged") ? "summary"
                : payloadType.endsWith(".IncidentTriaged") ? "reason"
                : payloadType.endsWith(".NoteAdded") ? "text" : null;
        if (field == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(payload);
            return open.open(node, node.path(field).asText(null)); // sealed: the text is personal (decision 0051)
        } catch (Exception e) {
            throw new IllegalStateException("unreadable " + payloadType, e);
        }
    }

    static String noteIdOf(byte[] payload) {
        try {
            return JSON.readTree(payload).path("noteId").asText(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
