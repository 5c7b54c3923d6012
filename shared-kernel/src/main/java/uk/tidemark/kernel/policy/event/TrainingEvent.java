package uk.tidemark.kernel.policy.event;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.policy.TrainingId;

/** An event of one person's training record (issue 18): recorded, or removed as entered in error. */
public interface TrainingEvent extends DataKeyed {

    TrainingId trainingId();

    @Override
    default String dataKey() {
        return trainingId().value();
    }
}
