package uk.tidemark.kernel.policy.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.register.RegisterEvent;

/** Every event of a policy carries the policy id first; the audit trail files it under the policy (decision 0050). */
public interface PolicyEvent extends RegisterEvent {
    PolicyId policyId();

    @Override
    default CaseType recordType() {
        return CaseType.POLICY;
    }

    @Override
    default String recordId() {
        return policyId().value();
    }
}
