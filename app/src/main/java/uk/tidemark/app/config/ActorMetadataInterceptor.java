package uk.tidemark.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The one place where "who" is attached to a command: the signed-in user's name becomes the
 * {@value Meta#ACTOR} metadata, which Axon copies onto every event the command causes. A command that already
 * names an actor (the demo seeder, system jobs) keeps it; a command with no signed-in user and no actor is
 * refused by the aggregate, which requires the metadata.
 */
@Component
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            CommandMessage<?> result = message;
            if (!message.getMetaData().containsKey(Meta.ACTOR)) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.isAuthenticated() && auth.getName() != null) {
                    result = result.andMetaData(java.util.Map.of(Meta.ACTOR, auth.getName()));
                }
            }
            if (!result.getMetaData().containsKey(Meta.CORRELATION_ID)) {
                result = result.andMetaData(java.util.Map.of(Meta.CORRELATION_ID, UUID.randomUUID().toString()));
            }
            return result;
        };
    }
}
