package uk.tidemark.kernel.person;

import java.util.Set;

/** Whether any of these settings has a roster (someone on its MIS list, left or not): answers a Boolean. */
public record FindWhetherRostered(Set<String> settingIds) {
}
