package uk.tidemark.app.web.transfer;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.transfer.TransferState;
import uk.tidemark.kernel.transfer.query.FindRecordTransfers;
import uk.tidemark.kernel.transfer.query.RecordTransferView;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many pupils' records sent to the user's settings wait for them to acknowledge (decision 0055): the number the
 * dashboard shows, linking to the record transfers. Only a number, so nothing of the transfers is read out.
 */
@Component
public class RecordsToAcknowledge {

    private final QueryGateway queries;
    private final AccessScope scope;

    RecordsToAcknowledge(QueryGateway queries, AccessScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** The transfers within the trust into a setting the user works on that nobody has acknowledged yet. */
    public long count(TidemarkUser user) {
        if (!AccessScope.isCaseWorker(user)) {
            return 0;
        }
        Set<String> mine = scope.settingIdsOf(user).stream().filter(s -> scope.mayWorkOn(user, s))
                .collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return 0;
        }
        return queries.query(new FindRecordTransfers(mine), ResponseTypes.multipleInstancesOf(RecordTransferView.class))
                .join().stream().filter(t -> t.state() == TransferState.STARTED && !t.outside()
                        && mine.contains(t.toSettingId())).count();
    }
}
