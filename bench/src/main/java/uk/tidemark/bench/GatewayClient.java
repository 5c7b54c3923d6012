package uk.tidemark.bench;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.AddNote;
import uk.tidemark.kernel.incident.command.LogIncident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client of the command side itself, in process: the same "log a case, add three notes" loop as
 * {@link Client}, sent through Axon's CommandGateway with the actor metadata the web layer would attach. It
 * measures the command side (aggregate loading, rules, event store append and commit) without HTTP.
 */
final class GatewayClient {

    private final CommandGateway gateway;
    private final int number;
    /** Commands per second this client sends at most; 0: as fast as the answers come. */
    private final double rate;

    GatewayClient(CommandGateway gateway, int number) {
        this(gateway, number, 0);
    }

    GatewayClient(CommandGateway gateway, int number, double rate) {
        this.gateway = gateway;
        this.number = number;
        this.rate = rate;
    }

    Client.Stats run(AtomicBoolean stop) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        long errors = 0;
        int loop = 0;
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        long next = System.nanoTime();
        while (!stop.get()) {
            loop++;
            IncidentId id = IncidentId.random();
            for (int step = 0; step < 4 && !stop.get(); step++) {
                Object command = step == 0 ? log(id, loop)
                        : new AddNote(id, UUID.randomUUID().toString(), "Spoke to the form tutor (step " + step + ").");
                if (interval > 0) {
                    next += interval;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                long t0 = System.nanoTime();
                try {
                    Object ignored = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                            .andMetaData(Map.of(Meta.ACTOR, "dsl")));
                    long took = System.nanoTime() - t0;
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                } catch (RuntimeException e) {
                    errors++;
                    break;
                }
            }
        }
        return new Client.Stats(count, errors, Arrays.copyOf(latencies, count));
    }

    LogIncident log(IncidentId id, int loop) {
        return new LogIncident(id, Client.SETTING, Category.CYBERBULLYING, Platform.WHATSAPP,
                Instant.now().minusSeconds(7200), "Benchmark case " + number + "-" + loop
                + ": name-calling in a class group chat", List.of(),
                List.of(new Person(new PersonId(UUID.randomUUID().toString()), "Pupil " + loop, PersonRole.PUPIL,
                                Involvement.TARGET),
                        new Person(new PersonId(UUID.randomUUID().toString()), "Pupil " + (loop + 1),
                                PersonRole.PUPIL, Involvement.SUBJECT)),
                false);
    }
}
