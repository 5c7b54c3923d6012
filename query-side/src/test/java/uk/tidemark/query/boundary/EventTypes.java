package uk.tidemark.query.boundary;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import uk.tidemark.kernel.complaint.event.ComplaintEvent;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryEvent;
import uk.tidemark.kernel.incident.event.IncidentEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every event type of the shared kernel, found on the classpath rather than listed, so that a new one is fed to the
 * projections without anyone remembering to add it: every class in an {@code event} package of the kernel.
 */
final class EventTypes {

    /** The families of events: each event type is one of them. */
    static final List<Class<?>> FAMILIES = List.of(IncidentEvent.class, DisciplinaryEvent.class, ComplaintEvent.class,
            DeadlineEvent.class, uk.tidemark.kernel.consent.event.ImageConsentEvent.class,
            uk.tidemark.kernel.officialaccount.event.OfficialAccountEvent.class,
            uk.tidemark.kernel.policy.event.PolicyEvent.class, uk.tidemark.kernel.policy.event.TrainingEvent.class,
            uk.tidemark.kernel.declaration.event.DeclarationEvent.class,
            uk.tidemark.kernel.lowlevel.event.LowLevelConcernsEvent.class,
            uk.tidemark.kernel.sar.event.SubjectAccessEvent.class,
            uk.tidemark.kernel.transfer.event.RecordTransferEvent.class);

    private EventTypes() {
    }

    /** Every concrete class in a {@code uk.tidemark.kernel.*.event} package, by name. */
    static List<Class<?>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".event."));
        Set<BeanDefinition> found = scanner.findCandidateComponents("uk.tidemark.kernel");
        return found.stream().map(EventTypes::load).sorted(Comparator.comparing(Class::getName)).toList();
    }

    /** The family an event type belongs to, or null for one that belongs to none (which the coverage test refuses). */
    static Class<?> familyOf(Class<?> type) {
        return FAMILIES.stream().filter(f -> f.isAssignableFrom(type)).findFirst().orElse(null);
    }

    private static Class<?> load(BeanDefinition definition) {
        try {
            return Class.forName(definition.getBeanClassName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
