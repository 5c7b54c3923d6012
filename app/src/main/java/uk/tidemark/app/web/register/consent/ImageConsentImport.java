package uk.tidemark.app.web.register.consent;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.command.ChangeImageConsent;
import uk.tidemark.kernel.consent.command.RecordImageConsent;
import uk.tidemark.kernel.consent.query.FindImageConsent;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.person.RosterEntry;
import uk.tidemark.kernel.person.RosterId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image consent column of a school list import, put on the register (source MIS_IMPORT): a pupil not on it yet
 * is recorded; a pupil whose entry came from the MIS is changed when the MIS now says otherwise (or is back); an
 * entry the DSL recorded from another source (a parent's request, the enrolment form) is left as it is, since the
 * school's own record of the family's wishes is newer than the MIS's.
 */
@Component
public class ImageConsentImport {

    private final CaseCommands commands;
    private final QueryGateway queries;
    private final ImageConsentGate gate;

    ImageConsentImport(CaseCommands commands, QueryGateway queries, ImageConsentGate gate) {
        this.commands = commands;
        this.queries = queries;
        this.gate = gate;
    }

    /** Puts the column's values on the setting's register; how many entries were recorded or changed. */
    public int record(String settingId, List<RosterEntry> entries, Map<String, ImageAllowance> byMisId) {
        RosterId roster = RosterId.of(settingId);
        int done = 0;
        for (RosterEntry entry : entries) {
            ImageAllowance allowed = byMisId.get(entry.misId());
            if (allowed == null) {
                continue;
            }
            PersonId pupil = roster.personIdOf(entry.misId());
            ConsentRecordId id = ConsentRecordId.of(settingId, pupil);
            try {
                if (!gate.exists(id.value())) {
                    commands.send(new RecordImageConsent(id, settingId, pupil, entry.name(), allowed,
                            ConsentSource.MIS_IMPORT, null, null), null);
                    done++;
                } else if (fromTheMisAndNowOtherwise(id, allowed)) {
                    commands.send(new ChangeImageConsent(id, allowed, ConsentSource.MIS_IMPORT, null, null), null);
                    done++;
                }
            } catch (RefusedCommandException unchanged) {
                // nothing to change (recorded today already, or meanwhile): the register already says it
            }
        }
        return done;
    }

    private boolean fromTheMisAndNowOtherwise(ConsentRecordId id, ImageAllowance allowed) {
        Optional<ImageConsentView> now = queries.query(new FindImageConsent(id),
                ResponseTypes.optionalInstanceOf(ImageConsentView.class)).join();
        return now.filter(v -> v.source() == ConsentSource.MIS_IMPORT)
                .filter(v -> v.allowed() != allowed || v.state() == ImageConsentState.ENDED).isPresent();
    }
}
