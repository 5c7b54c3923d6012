package uk.tidemark.bench;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.util.Arrays;
import java.util.Map;

/**
 * Projection lag, in process: logs a case through the CommandGateway and asks the QueryGateway for its detail
 * every {@value #POLL_MILLIS} ms until the incidents read model has it; the lag is from the command's answer to
 * the first non-empty answer. Four samples a second while paced clients keep the command side busy.
 */
final class InProcessLagProbe {

    private static final long POLL_MILLIS = 5;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final GatewayClient cases;
    private long[] lags = new long[0];
    private int n;

    InProcessLagProbe(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        this.cases = new GatewayClient(commands, 998);
    }

    long measureOnce() throws InterruptedException {
        IncidentId id = IncidentId.random();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(cases.log(id, n++))
                .andMetaData(Map.of(Meta.ACTOR, "dsl")));
        long acked = System.nanoTime();
        while (queries.query(new FindIncident(id), ResponseTypes.instanceOf(IncidentDetail.class)).join() == null) {
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime() - acked;
    }

    void runUntil(java.util.concurrent.atomic.AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                long lag = measureOnce();
                lags = Arrays.copyOf(lags, lags.length + 1);
                lags[lags.length - 1] = lag;
                Thread.sleep(250);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    long[] sortedLags() {
        long[] copy = lags.clone();
        Arrays.sort(copy);
        return copy;
    }
}
