package uk.tidemark.command.deadline;

import java.util.Map;

/**
 * Timescales an administrator changed at run time (decision 0016), by the property that configures each
 * ({@code tidemark.complaints.acknowledge-days} → 10). The disciplinary policy and the complaint timescales are
 * built from them for each command, over the properties' values, so a change applies to every deadline set after
 * it; deadlines already set keep their due date. The command side only knows this interface.
 */
public interface TimescaleOverrides {

    TimescaleOverrides NONE = Map::of;

    /** The changed values as they are now. */
    Map<String, Integer> current();
}
