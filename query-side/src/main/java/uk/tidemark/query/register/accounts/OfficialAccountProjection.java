package uk.tidemark.query.register.accounts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.event.*;
import uk.tidemark.kernel.time.WrittenDates;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.register.RegisterProjections;
import uk.tidemark.query.register.accounts.OfficialAccountDocument.PersonEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import static uk.tidemark.query.Words.*;

/**
 * The official accounts register: one {@link OfficialAccountDocument} per account, with its history. Only the
 * account's own events change its document (sequenced per aggregate), each guarded by {@code lastSequence}, so a
 * redelivered event changes nothing. The history never repeats where the credentials are kept.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class OfficialAccountProjection {

    private final MongoTemplate mongo;

    public OfficialAccountProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), RegisterProjections.OFFICIAL_ACCOUNTS);
    }

    @EventHandler
    public void on(OfficialAccountRequested e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.accountId().value();
        if (mongo.findById(id, OfficialAccountDocument.class) != null) {
            return; // redelivered
        }
        OfficialAccountDocument doc = new OfficialAccountDocument();
        doc.id = id;
        doc.settingId = e.settingId();
        doc.platform = e.platform();
        doc.handle = e.handle();
        doc.address = e.address();
        doc.purpose = e.purpose();
        doc.audience = e.audience();
        String platform = e.platform() == null ? "" : words(e.platform());
        doc.summary = cut((platform.isEmpty() ? "" : Character.toUpperCase(platform.charAt(0)) + platform.substring(1)
                + " ") + e.handle());
        doc.status = OfficialAccountState.REQUESTED;
        doc.people.add(entry(e.lead()));
        doc.credentialsKeptAt = e.credentialsKeptAt();
        doc.requestedBy = e.requestedBy();
        doc.requestedAt = at;
        doc.history.add(new HistoryEntry(at, typeOf(e), actor, "Asked for, with " + nameOf(e.lead()) + " as its lead"));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // redelivered concurrently: the stored document stays
        }
    }

    @EventHandler
    public void on(OfficialAccountApproved e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Approved" + dash(e.note()) + "; review by " + WrittenDates.day(e.reviewDueBy()), doc -> {
            doc.status = OfficialAccountState.ACTIVE;
            doc.decidedBy = e.approvedBy();
            doc.decision = e.note();
            doc.reviewDueBy = iso(e.reviewDueBy());
        });
    }

    @EventHandler
    public void on(OfficialAccountRefused e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Refused" + dash(e.reason()), doc -> {
            doc.status = OfficialAccountState.REFUSED;
            doc.decidedBy = e.refusedBy();
            doc.decision = e.reason();
        });
    }

    @EventHandler
    public void on(AccountPersonAdded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        AccountPerson p = e.person();
        String sentence = nameOf(p) + " given access as " + (p.role() == AccountRole.MODERATOR ? "a moderator"
                : "an administrator") + (p.dbsCheckedOn() == null ? "" : ", DBS checked on " + WrittenDates.day(p.dbsCheckedOn()));
        apply(e, seq, at, actor, sentence, doc -> doc.people.add(entry(p)));
    }

    @EventHandler
    public void on(ModeratorDbsChecked e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "DBS check recorded on " + WrittenDates.day(e.checkedOn()), doc ->
                doc.people.replaceAll(p -> java.util.Objects.equals(p.personId(), e.personId())
                        ? new PersonEntry(p.personId(), p.username(), p.name(), p.role(), iso(e.checkedOn())) : p));
    }

    @EventHandler
    public void on(AccountPersonRemoved e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        OfficialAccountDocument current = mongo.findById(e.recordId(), OfficialAccountDocument.class);
        String name = current == null ? "Someone" : current.people.stream()
                .filter(p -> java.util.Objects.equals(p.personId(), e.personId())).map(PersonEntry::name).findFirst().orElse("Someone");
        String sentence = name + (e.userDisabled() ? " lost access: their Tidemark account was disabled"
                : " removed from the account" + dash(e.reason()))
                + (e.passwordChangeDueBy() == null ? "" : "; change the password by "
                + WrittenDates.day(e.passwordChangeDueBy()));
        apply(e, seq, at, actor, sentence, doc -> {
            doc.people.removeIf(p -> java.util.Objects.equals(p.personId(), e.personId()));
            if (e.passwordChangeDueBy() != null && (doc.passwordChangeDueBy == null
                    || e.passwordChangeDueBy().toString().compareTo(doc.passwordChangeDueBy) < 0)) {
                doc.passwordChangeDueBy = iso(e.passwordChangeDueBy());
            }
            if (e.handoverDueBy() != null) {
                doc.handoverDueBy = iso(e.handoverDueBy());
            }
        });
    }

    @EventHandler
    public void on(AccountLeadNamed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, nameOf(e.lead()) + " named as the new lead", doc -> {
            doc.people.add(0, entry(e.lead()));
            doc.handoverDueBy = null;
        });
    }

    @EventHandler
    public void on(CredentialsLocationRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Where the credentials are kept was updated",
                doc -> doc.credentialsKeptAt = e.credentialsKeptAt());
    }

    @EventHandler
    public void on(AccountPasswordChanged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Password changed on " + WrittenDates.day(e.changedOn()), doc -> {
            if (doc.passwordChangedOn == null || iso(e.changedOn()).compareTo(doc.passwordChangedOn) > 0) {
                doc.passwordChangedOn = iso(e.changedOn());
            }
            doc.passwordChangeDueBy = null;
        });
    }

    @EventHandler
    public void on(OfficialAccountReviewed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Reviewed" + dash(e.findings()) + "; next review by "
                + WrittenDates.day(e.nextReviewDueBy()), doc -> doc.reviewDueBy = iso(e.nextReviewDueBy()));
    }

    @EventHandler
    public void on(IncidentOnAccountRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "An incident case was named as having happened on the account", doc -> {
            if (!doc.incidentIds.contains(e.incidentId())) {
                doc.incidentIds.add(e.incidentId());
            }
        });
    }

    @EventHandler
    public void on(OfficialAccountClosed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Closed" + dash(e.reason()), doc -> {
            doc.status = OfficialAccountState.CLOSED;
            doc.closingReason = e.reason();
            doc.passwordChangeDueBy = null;
            doc.handoverDueBy = null;
            doc.reviewDueBy = null;
        });
    }

    /** Deadline events in the account's stream count in its version; a missed one is a history line. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, OfficialAccountDocument.class, CaseType.OFFICIAL_ACCOUNT, e, seq, at, actor);
    }

    private void apply(OfficialAccountEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<OfficialAccountDocument> change) {
        CaseHistories.apply(mongo, OfficialAccountDocument.class, e.recordId(), e, seq, at, actor,
                sentence, change);
    }

    private static PersonEntry entry(AccountPerson p) {
        return new PersonEntry(p.personId(), p.username(), p.name(), p.role(), iso(p.dbsCheckedOn()));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The person's name as the history writes it; someone unnamed is "someone". */
    private static String nameOf(AccountPerson p) {
        return p == null || p.name() == null || p.name().isBlank() ? "Someone" : p.name();
    }
}
