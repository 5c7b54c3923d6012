package uk.tidemark.app.web.cases;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;

import java.util.Map;

/**
 * The one way the REST layer sends a command. The client's {@code If-Match} travels as the
 * {@value Meta#EXPECTED_VERSION} metadata, which the command side compares with the case's version; the actor is
 * added by the gateway's interceptor from the signed-in user, never here. Exceptions come back unwrapped so that
 * the problem handler sees the aggregate's own refusal.
 */
@Component
public class CaseCommands {

    private final CommandGateway gateway;

    public CaseCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A command whose handler answers something (an import's counts): that answer. */
    public <R> R ask(Object command) {
        return ask(command, null);
    }

    /**
     * A command whose handler answers something, checked against the version the client last saw (null: no check).
     */
    @SuppressWarnings("unchecked")
    public <R> R ask(Object command, Long expectedVersion) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (expectedVersion != null) {
            message = message.andMetaData(Map.of(Meta.EXPECTED_VERSION, expectedVersion));
        }
        try {
            return (R) gateway.sendAndWait(message);
        } catch (CommandExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    /** @param expectedVersion the version the client last saw, or null for no check */
    public void send(Object command, Long expectedVersion) {
        // assigned to Object, never passed to String.valueOf (docs/platform-pitfalls.md #12)
        Object ignored = ask(command, expectedVersion);
    }
}
