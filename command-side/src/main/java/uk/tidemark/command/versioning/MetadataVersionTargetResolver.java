package uk.tidemark.command.versioning;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import uk.tidemark.kernel.Meta;

/**
 * Finds the target aggregate from {@code @TargetAggregateIdentifier} as usual, and the version the client last
 * saw from the {@value Meta#EXPECTED_VERSION} metadata (the API copies it from {@code If-Match}) rather than
 * from a command field, so the commands in the shared kernel stay free of transport concerns. Axon compares
 * it with the stored version and throws {@code ConflictingAggregateVersionException} on a mismatch; no
 * expected version means no check.
 */
public class MetadataVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Long expected = expectedVersion(command.getMetaData().get(Meta.EXPECTED_VERSION));
        return new VersionedAggregateIdentifier(target.getIdentifierValue(),
                expected != null ? expected : target.getVersion());
    }

    /** Long as set in-process, Integer or String as it may arrive after serialisation; anything else is a bug. */
    public static Long expectedVersion(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.valueOf(text.trim());
            } catch (NumberFormatException notANumber) {
                // fall through to the same error as any other unusable value
            }
        }
        throw new IllegalArgumentException(
                "The " + Meta.EXPECTED_VERSION + " metadata must be a whole number, not '" + value + "'.");
    }
}
