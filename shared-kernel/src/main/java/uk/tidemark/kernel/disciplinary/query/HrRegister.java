package uk.tidemark.kernel.disciplinary.query;

import java.util.List;

/** The open cases (newest opened first) and the live warnings (soonest expiry first, closed cases included). */
public record HrRegister(List<DisciplinaryCaseSummary> openCases, List<LiveWarning> liveWarnings) {
}
