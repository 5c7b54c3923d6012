package uk.tidemark.app.web.register.consent;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.query.FindImageConsent;
import uk.tidemark.kernel.consent.query.ImageConsentView;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may keep the image consent register: the case workers (DSL, deputy DSL, headteacher) of the entry's setting
 * ({@code AccessScope.mayWorkOn} for IMAGE_CONSENT). Any other role is refused outright (403); an entry of a setting
 * that is not the user's is answered as if it did not exist (404), its denial audited as CaseGate's are.
 */
@Component
class ImageConsentGate {

    static final String NO_SUCH_ENTRY = "There is no image consent entry with this id.";
    static final String NOT_YOURS = "Only the safeguarding leads and the headteacher keep the image consent register.";

    private final CaseLocator locator;
    private final AccessScope scope;
    private final AccessAudit denials;
    private final EventStore events;
    private final QueryGateway queries;
    private final Duration bound;

    ImageConsentGate(CaseLocator locator, AccessScope scope, AccessAudit denials, EventStore events,
                     QueryGateway queries, @Value("${tidemark.api.create-read-wait:5s}") Duration bound) {
        this.locator = locator;
        this.scope = scope;
        this.denials = denials;
        this.events = events;
        this.queries = queries;
        this.bound = bound;
    }

    /** 403 unless the user's role keeps the register somewhere. */
    void requireKeeper(TidemarkUser user) {
        if (!AccessScope.isCaseWorker(user)) {
            throw new ForbiddenException(NOT_YOURS);
        }
    }

    /** The settings whose register the user keeps. */
    Set<String> keptSettings(TidemarkUser user) {
        return scope.settingIdsOf(user).stream()
                .filter(settingId -> scope.mayWorkOn(user, CaseType.IMAGE_CONSENT, settingId))
                .collect(Collectors.toSet());
    }

    /** Where the entry belongs, when the user keeps its setting's register; 403 or 404 otherwise. */
    CaseOrigin require(TidemarkUser user, String consentId) {
        requireKeeper(user);
        CaseOrigin origin = locator.locate(consentId, CaseType.IMAGE_CONSENT)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ENTRY));
        if (!scope.mayWorkOn(user, CaseType.IMAGE_CONSENT, origin.settingId())) {
            denials.caseHidden(user, CaseType.IMAGE_CONSENT, consentId, origin.settingId());
            throw new NotFoundException(NO_SUCH_ENTRY);
        }
        return origin;
    }

    boolean exists(String consentId) {
        return events.lastSequenceNumberFor(consentId).isPresent();
    }

    /** Read-your-writes for a new entry: waits (boundedly) until the register shows it (decision 0029). */
    void awaitReadable(String consentId) {
        if (bound.isZero() || bound.isNegative()) {
            return;
        }
        long stored = events.lastSequenceNumberFor(consentId).orElse(0L);
        ReadCatchUp.awaitAbove(() -> {
            try {
                return queries.query(new FindImageConsent(ConsentRecordId.of(consentId)),
                        ResponseTypes.optionalInstanceOf(ImageConsentView.class)).join()
                        .map(ImageConsentView::version).orElse(-1L);
            } catch (RuntimeException notYet) {
                return -1;
            }
        }, stored - 1, bound);
    }
}
