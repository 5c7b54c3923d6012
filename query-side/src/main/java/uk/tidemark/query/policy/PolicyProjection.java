package uk.tidemark.query.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.time.WrittenDates;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.kernel.policy.event.*;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The policies and the training records (issue 18, item 3): one {@link PolicyDocument} per policy with its version
 * in force, one {@link TrainingDocument} per training record. Each document is changed by the events of its own
 * aggregate only, which the processor sequences, and every change is guarded by the document's last sequence
 * number, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class PolicyProjection {

    private final MongoTemplate mongo;

    public PolicyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.dropCollection(RegisterProjections.POLICIES);
        mongo.dropCollection(RegisterProjections.POLICY_TRAINING);
    }

    @EventHandler
    public void on(PolicyPublished e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (mongo.findById(e.policyId().value(), PolicyDocument.class) != null) {
            return; // redelivered
        }
        PolicyDocument doc = new PolicyDocument();
        doc.id = e.policyId().value();
        doc.settingId = e.settingId();
        doc.state = PolicyState.PUBLISHED;
        version(doc, e.version(), e.title(), e.text(), e.effectiveFrom(), e.roles(), e.askedOf(), e.acknowledgeBy(),
                e.publishedBy(), at);
        doc.history.add(new HistoryEntry(at, PolicyPublished.class.getSimpleName(), actor,
                "Published version 1; " + people(sizeOf(e.askedOf())) + " asked to acknowledge it" + by(e.acknowledgeBy())));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored by the other delivery meanwhile: nothing to add
        }
    }

    @EventHandler
    public void on(PolicyVersionPublished e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, PolicyDocument.class, e.policyId().value(), e, seq, at, actor,
                "Published version " + e.version() + "; " + people(sizeOf(e.askedOf())) + " asked again" + by(e.acknowledgeBy()),
                doc -> version(doc, e.version(), e.title(), e.text(), e.effectiveFrom(), e.roles(), e.askedOf(),
                        e.acknowledgeBy(), e.publishedBy(), at));
    }

    @EventHandler
    public void on(AcknowledgementAsked e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, PolicyDocument.class, e.policyId().value(), e, seq, at, actor,
                people(sizeOf(e.askedOf())) + " more asked to acknowledge it" + by(e.acknowledgeBy()),
                doc -> (e.askedOf() == null ? List.<String>of() : e.askedOf()).stream().filter(u -> !doc.asked.contains(u)).forEach(doc.asked::add));
    }

    @EventHandler
    public void on(PolicyAcknowledged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, PolicyDocument.class, e.policyId().value(), e, seq, at, actor,
                "Acknowledged version " + e.version(), doc -> {
                    if (doc.version == e.version()) {
                        doc.acknowledged.add(new PolicyDocument.AcknowledgementEntry(e.username(), at));
                    }
                });
    }

    @EventHandler
    public void on(PolicyRetired e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, PolicyDocument.class, e.policyId().value(), e, seq, at, actor,
                "Withdrawn" + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()),
                doc -> doc.state = PolicyState.RETIRED);
    }

    /**
     * A reminder counts in the policy's version (If-Match), as every event of its stream must; it is the reminded
     * person's inbox, not the policy's history, that shows it.
     */
    @EventHandler
    public void on(PolicyAcknowledgementReminded e, @SequenceNumber long seq) {
        mongo.updateFirst(Query.query(where("_id").is(e.policyId().value()).and("lastSequence").lt(seq)),
                new Update().set("lastSequence", seq), PolicyDocument.class);
    }

    /** A missed acknowledgement of the version in force marks its owner overdue; every deadline event counts. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (e.caseType() != CaseType.POLICY) {
            return;
        }
        if (e instanceof DeadlineMissed missed && missed.kind() == DeadlineKind.POLICY_ACKNOWLEDGEMENT
                && missed.ownerId() != null) {
            PolicyDocument doc = mongo.findById(e.caseId(), PolicyDocument.class);
            if (doc != null && seq > doc.lastSequence
                    && missed.deadlineId().endsWith("/v" + doc.version + "-" + missed.ownerId())
                    && !doc.overdue.contains(missed.ownerId())) {
                mongo.updateFirst(Query.query(where("_id").is(doc.id).and("lastSequence").lt(seq)),
                        new Update().addToSet("overdue", missed.ownerId()), PolicyDocument.class);
            }
        }
        CaseHistories.onDeadline(mongo, PolicyDocument.class, CaseType.POLICY, e, seq, at, actor);
    }

    @EventHandler
    public void on(TrainingRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        if (mongo.findById(e.trainingId().value(), TrainingDocument.class) != null) {
            return;
        }
        TrainingDocument doc = new TrainingDocument();
        doc.id = e.trainingId().value();
        doc.settingId = e.settingId();
        doc.summary = e.course();
        doc.person = e.person();
        doc.course = e.course();
        doc.completedOn = iso(e.completedOn());
        doc.expiresOn = iso(e.expiresOn());
        doc.recordedBy = e.recordedBy();
        doc.recordedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored by the other delivery meanwhile
        }
    }

    @EventHandler
    public void on(TrainingRecordRemoved e, @SequenceNumber long seq) {
        mongo.updateFirst(Query.query(where("_id").is(e.trainingId().value()).and("lastSequence").lt(seq)),
                new Update().set("removed", true).set("lastSequence", seq), TrainingDocument.class);
    }

    private static void version(PolicyDocument doc, int version, String title, String text, LocalDate effectiveFrom,
                                List<String> roles, List<String> askedOf, LocalDate acknowledgeBy,
                                String publishedBy, Instant at) {
        doc.version = version;
        doc.title = title;
        doc.summary = title + ", version " + version;
        doc.text = text;
        doc.effectiveFrom = iso(effectiveFrom);
        doc.roles = new ArrayList<>(roles == null ? List.of() : roles);
        doc.asked = new ArrayList<>(askedOf == null ? List.of() : askedOf);
        doc.acknowledged = new ArrayList<>();
        doc.overdue = new ArrayList<>();
        doc.acknowledgeBy = iso(acknowledgeBy);
        doc.publishedBy = publishedBy;
        doc.publishedAt = at;
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : n + " people";
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static int sizeOf(List<String> usernames) {
        return usernames == null ? 0 : usernames.size();
    }

    /** ", by 11 December 2026", written as people write dates; nothing without a date. */
    private static String by(LocalDate date) {
        return date == null ? "" : " by " + WrittenDates.day(date);
    }
}
