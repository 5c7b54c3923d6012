package uk.tidemark.query.boundary;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.event.ComplaintEvent;
import uk.tidemark.kernel.consent.event.ImageConsentEvent;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.declaration.event.DeclarationEvent;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryEvent;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.lowlevel.event.LowLevelConcernsEvent;
import uk.tidemark.kernel.officialaccount.event.OfficialAccountEvent;
import uk.tidemark.kernel.policy.event.PolicyEvent;
import uk.tidemark.kernel.policy.event.TrainingEvent;
import uk.tidemark.query.complaint.ComplaintRegisterProjection;
import uk.tidemark.query.disciplinary.HrRegisterProjection;
import uk.tidemark.query.incident.IncidentProjection;
import uk.tidemark.query.policy.PolicyProjection;
import uk.tidemark.query.register.accounts.OfficialAccountProjection;
import uk.tidemark.query.register.consent.ImageConsentProjection;
import uk.tidemark.query.register.declaration.DeclarationProjection;
import uk.tidemark.query.register.lowlevel.LowLevelConcernsProjection;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's version is the sequence number of the last event of its stream that its projection applied, and the
 * client sends it back as If-Match: an event of the stream that the projection does not handle leaves the version
 * behind the aggregate's, and the next change of that record is refused as a conflict. So every event type of a
 * family, and the deadline events every record's stream holds, must have a handler in the projection that keeps the
 * record's version (a policy's reminder did not, in issue 18).
 */
class EveryEventCountsInItsVersionTest {

    private static final Map<Class<?>, Class<?>> PROJECTION_OF = new LinkedHashMap<>();

    static {
        PROJECTION_OF.put(IncidentEvent.class, IncidentProjection.class);
        PROJECTION_OF.put(DisciplinaryEvent.class, HrRegisterProjection.class);
        PROJECTION_OF.put(ComplaintEvent.class, ComplaintRegisterProjection.class);
        PROJECTION_OF.put(ImageConsentEvent.class, ImageConsentProjection.class);
        PROJECTION_OF.put(OfficialAccountEvent.class, OfficialAccountProjection.class);
        PROJECTION_OF.put(PolicyEvent.class, PolicyProjection.class);
        PROJECTION_OF.put(TrainingEvent.class, PolicyProjection.class);
        PROJECTION_OF.put(DeclarationEvent.class, DeclarationProjection.class);
        PROJECTION_OF.put(LowLevelConcernsEvent.class, LowLevelConcernsProjection.class);
        PROJECTION_OF.put(uk.tidemark.kernel.sar.event.SubjectAccessEvent.class,
                uk.tidemark.query.sar.SubjectAccessProjection.class);
        PROJECTION_OF.put(uk.tidemark.kernel.transfer.event.RecordTransferEvent.class,
                uk.tidemark.query.transfer.RecordTransferProjection.class); // issue 20, decision 0055
    }

    @Test
    void everyFamilyHasItsProjection() {
        List<Class<?>> families = new ArrayList<>(EventTypes.FAMILIES);
        families.remove(DeadlineEvent.class);
        assertThat(PROJECTION_OF.keySet()).containsExactlyInAnyOrderElementsOf(families);
    }

    @Test
    void everyEventOfARecordsStreamHasAHandlerInItsProjection() {
        List<String> unhandled = new ArrayList<>();
        for (Class<?> type : EventTypes.all()) {
            PROJECTION_OF.forEach((family, projection) -> {
                if (family.isAssignableFrom(type) && !handles(projection, type)) {
                    unhandled.add(projection.getSimpleName() + " does not handle " + type.getSimpleName());
                }
            });
        }
        for (Class<?> projection : PROJECTION_OF.values()) {
            if (!handles(projection, DeadlineEvent.class)) {
                unhandled.add(projection.getSimpleName() + " does not count the deadline events");
            }
        }
        assertThat(unhandled).isEmpty();
    }

    private static boolean handles(Class<?> projection, Class<?> type) {
        return Arrays.stream(projection.getMethods()).filter(m -> m.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes).anyMatch(p -> p.length > 0 && p[0].isAssignableFrom(type));
    }
}
