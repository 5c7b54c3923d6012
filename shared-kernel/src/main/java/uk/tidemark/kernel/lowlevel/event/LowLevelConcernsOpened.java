package uk.tidemark.kernel.lowlevel.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.register.RegisterRecordStarted;

import java.util.Set;

/**
 * The first low-level concern about a member of staff in a setting opened their record. {@code staffUsername}, when
 * known, is who must never see it ({@link #subjects()}), even as headteacher.
 */
@Revision("1")
public record LowLevelConcernsOpened(LowLevelConcernsId id, String settingId, @Personal String staffName,
                                     String staffUsername,
                                     String startedBy) implements LowLevelConcernsEvent, RegisterRecordStarted {

    @Override
    public Set<String> subjects() {
        return staffUsername == null || staffUsername.isBlank() ? Set.of() : Set.of(staffUsername);
    }
}
