package uk.tidemark.app.demo;

import uk.tidemark.kernel.incident.PersonId;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a person the same id in every demo case of a setting that names them, as a DSL would link a person's
 * cases, so that the person chronology shows a pattern (a parent who posts again, a pupil bullied twice).
 */
final class DemoPeople {

    private final Map<String, PersonId> ids = new HashMap<>();

    PersonId idOf(String settingId, String name) {
        return ids.computeIfAbsent(settingId + "\u0000" + name, key -> PersonId.random());
    }
}
