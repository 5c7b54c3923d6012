package uk.tidemark.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.RefusedCommandException;

/**
 * {@code tidemark_commands_refused_total{command}}: commands a case refused by its rules (a
 * {@link RefusedCommandException}, answered 409). Axon's {@code commandBus_failureCounter} counts those together
 * with real failures (a conflict, the store unavailable); this tells them apart. Accepted commands are Axon's
 * {@code commandBus_successCounter}. Registered on the command bus as a handler interceptor (Axon's Spring Boot
 * auto-configuration picks up the bean).
 */
@Component
class CommandRefusals implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandRefusals(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RefusedCommandException refused) {
            Counter.builder("tidemark.commands.refused")
                    .description("Commands refused by a case's rules (answered 409), by command")
                    .tag("command", unitOfWork.getMessage().getPayloadType().getSimpleName())
                    .register(registry)
                    .increment();
            throw refused;
        }
    }
}
