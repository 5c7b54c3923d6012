package uk.tidemark.app.reference;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.incident.command.LogIncident;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives a command that opens a case its reference as it is sent ({@value Meta#REFERENCE} metadata; decision 0038), on
 * PostgreSQL: counted by {@link ReferenceCounter} in a short transaction of its own, on the sending thread, before
 * the command's transaction begins. Two cases of one setting then wait for each other only for the counter's own
 * commit, not for each other's whole command (measured: counting in the command's transaction halved the PostgreSQL
 * benchmark's commands/s). On H2 the command counts in its own transaction instead: one commit fewer per case, and
 * H2 writes its commits one at a time anyway (measured: the transaction apart cost 12% of the command side's
 * commands/s there). Whatever the sender put in that metadata is removed or replaced: only the counter names a case.
 */
@Component
class ReferenceOnDispatch implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ReferenceCounter counter;

    ReferenceOnDispatch(ReferenceCounter counter) {
        this.counter = counter;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            String settingId = settingOfANewCase(message.getPayload());
            if (settingId == null) {
                return message;
            }
            if (!counter.countsApart()) { // H2: the command counts in its own transaction; the sender names nothing
                return message.getMetaData().containsKey(Meta.REFERENCE)
                        ? message.withMetaData(message.getMetaData().withoutKeys(java.util.Set.of(Meta.REFERENCE)))
                        : message;
            }
            String reference = counter.allocateApart(settingId, GenericEventMessage.clock.instant());
            return reference == null ? message : message.andMetaData(Map.of(Meta.REFERENCE, reference));
        };
    }

    /** The setting of a case the command opens; null for any other command. */
    private static String settingOfANewCase(Object command) {
        if (command instanceof LogIncident logged) {
            return logged.settingId();
        }
        if (command instanceof OpenDisciplinaryCase opened) {
            return opened.settingId();
        }
        if (command instanceof ReceiveComplaint received) {
            return received.settingId();
        }
        return null;
    }
}
