package uk.tidemark.query.disciplinary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.event.*;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.disciplinary.DisciplinaryCaseDocument.*;

import java.time.Instant;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;
import static uk.tidemark.query.Words.*;

/**
 * The HR register: one {@link DisciplinaryCaseDocument} per disciplinary case, with its history. Events arrive at
 * least once, so every handler is guarded by the document's {@code lastSequence}, as in the incident projection.
 */
@Component
@ProcessingGroup(HrRegisterProjection.PROCESSING_GROUP)
public class HrRegisterProjection {
    public static final String PROCESSING_GROUP = "hr-register";
    private static final Logger log = LoggerFactory.getLogger(HrRegisterProjection.class);

    private final MongoTemplate mongo;

    public HrRegisterProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), DisciplinaryCaseDocument.COLLECTION);
    }

    @EventHandler
    public void on(DisciplinaryCaseOpened e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.caseId().value();
        if (mongo.findById(id, DisciplinaryCaseDocument.class) != null) {
            return; // redelivered
        }
        DisciplinaryCaseDocument doc = new DisciplinaryCaseDocument();
        doc.id = id;
        doc.reference = e.reference();
        doc.settingId = e.settingId();
        doc.employeeName = e.employeeName();
        doc.employeePersonId = e.employeePersonId() == null ? null : e.employeePersonId().value();
        doc.employeeUsername = e.employeeUsername();
        doc.teacher = e.isTeacher();
        doc.concernsHarm = e.concernsHarmToChildren();
        doc.allegation = e.allegation();
        doc.linkedIncidentId = e.linkedIncidentId() == null ? null : e.linkedIncidentId().value();
        doc.openedBy = e.openedBy() != null ? e.openedBy() : actor;
        doc.openedAt = at;
        doc.stage = OPENED;
        doc.history.add(new HistoryEntry(at, typeOf(e), actor,
                (doc.linkedIncidentId == null ? "Opened by HR" : "Opened on a DSL's referral") + colon(e.allegation())));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            log.debug("Disciplinary case {} was created concurrently; keeping the stored document", id);
        }
    }

    /** A case opened before references is given one (decision 0038). */
    @EventHandler
    public void on(DisciplinaryCaseReferenceAssigned e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Given the reference " + e.reference(), doc -> doc.reference = e.reference());
    }

    @EventHandler
    public void on(InvestigatorAppointed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Investigator appointed: " + e.investigator(), doc -> {
            doc.investigator = e.investigator();
            doc.stage = INVESTIGATION;
        });
    }

    @EventHandler
    public void on(InvestigationFindingsRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Findings recorded" + colon(e.findings()), doc -> doc.findings = e.findings());
    }

    @EventHandler
    public void on(InvitedToHearing e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Invited to a hearing on " + e.hearingOn()
                + (e.hearingAt() == null ? "" : " at " + e.hearingAt())
                + (blank(e.place()) ? "" : ", " + cut(e.place()))
                + (e.rightToBeAccompaniedStated() ? "; right to be accompanied stated" : "");
        apply(e, seq, at, actor, sentence, doc -> {
            doc.hearing = new HearingEntry(iso(e.invitedOn()), iso(e.hearingOn()), e.rightToBeAccompaniedStated(),
                    null, null, e.hearingAt() == null ? null : e.hearingAt().toString(), e.place(), null);
            doc.stage = HEARING_ARRANGED;
        });
    }

    @EventHandler
    public void on(HearingHeld e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Hearing held" + (e.heldOn() == null ? "" : " on " + e.heldOn()) + "; "
                + (blank(e.companion()) ? "the employee came alone" : "accompanied by " + cut(e.companion()));
        apply(e, seq, at, actor, sentence, doc -> {
            HearingEntry h = doc.hearing;
            doc.hearing = h == null ? new HearingEntry(null, null, false, at, e.companion(), null, null, iso(e.heldOn()))
                    : new HearingEntry(h.invitedOn(), h.hearingOn(), h.rightToBeAccompaniedStated(), at, e.companion(),
                    h.hearingAt(), h.place(), iso(e.heldOn()));
            doc.stage = HEARING_HELD;
        });
    }

    /** A letter sent from the case (decision 0049): a line of its history, nothing else changes. */
    @EventHandler
    public void on(DisciplinaryLetterSent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Letter sent: " + (e.kind() == null ? "a letter" : e.kind().title()), doc -> {
        });
    }

    @EventHandler
    public void on(OutcomeDecided e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Outcome: " + words(e.outcome()) + dash(e.reasons()), doc -> {
            Instant decidedAt = e.decidedAt() != null ? e.decidedAt() : at;
            doc.outcome = new DecisionEntry(e.outcome(), e.reasons(), decidedAt, e.appealWindowClosesAt(), false);
            doc.standingOutcome = e.outcome();
            doc.warning = e.warningExpiresAt() == null ? null
                    : new WarningEntry(e.outcome(), decidedAt, e.warningExpiresAt(), false, null, false);
            doc.stage = OUTCOME;
        });
    }

    @EventHandler
    public void on(AppealWindowClosed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Appeal window closed without an appeal; the outcome stands", doc -> {
            DecisionEntry d = doc.outcome;
            if (d != null) {
                doc.outcome = new DecisionEntry(d.outcome(), d.reasons(), d.decidedAt(), d.appealWindowClosesAt(), true);
            }
        });
    }

    @EventHandler
    public void on(AppealLodged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Appeal lodged" + colon(e.grounds()), doc -> {
            doc.appeal = new AppealEntry(e.grounds(), at, null, null, null, null);
            doc.stage = APPEAL;
        });
    }

    @EventHandler
    public void on(AppealDecided e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String decision = appealInWords(e);
        apply(e, seq, at, actor, "Appeal decided: " + decision + dash(e.reasons()), doc -> {
            AppealEntry a = doc.appeal;
            doc.appeal = new AppealEntry(a == null ? null : a.grounds(), a == null ? null : a.lodgedAt(),
                    e.decision(), e.variedOutcome(), e.reasons(), at);
            // upheld, or a decision the event does not carry: the outcome stands (a switch would throw on null and
            // park the case; ProjectionBoundariesTest)
            if (e.decision() == AppealDecision.OVERTURNED) {
                doc.standingOutcome = null;
            } else if (e.decision() == AppealDecision.VARIED) {
                doc.standingOutcome = e.variedOutcome();
            }
            // a warning that stands after the appeal runs from the original outcome, with the expiry the event says
            WarningEntry w = doc.warning;
            if (e.warningExpiresAt() != null) {
                Instant issuedAt = doc.outcome != null ? doc.outcome.decidedAt() : at;
                doc.warning = new WarningEntry(doc.standingOutcome, issuedAt, e.warningExpiresAt(), false, null, false);
            } else if (w != null) {
                doc.warning = new WarningEntry(w.kind(), w.issuedAt(), w.expiresAt(), w.expired(), w.expiredAt(),
                        e.decision() == null || !e.decision().originalStands());
            }
        });
    }

    @EventHandler
    public void on(WarningExpired e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = capitalised(words(e.outcome())) + " expired";
        apply(e, seq, at, actor, sentence, doc -> {
            WarningEntry w = doc.warning;
            doc.warning = w == null ? new WarningEntry(e.outcome(), null, at, true, at, false)
                    : new WarningEntry(w.kind(), w.issuedAt(), w.expiresAt(), true, at, w.setAsideOnAppeal());
        });
    }

    @EventHandler
    public void on(ResignationRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Resignation recorded" + (e.effectiveOn() == null ? "" : ", effective " + e.effectiveOn());
        apply(e, seq, at, actor, sentence, doc -> doc.resignation = new ResignationEntry(iso(e.effectiveOn()), at));
    }

    @EventHandler
    public void on(BarringReferralDecisionRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Barring referral decision: DBS " + words(e.dbs())
                + (e.tra() == null ? "" : ", TRA " + words(e.tra())) + dash(e.reasons());
        apply(e, seq, at, actor, sentence, doc -> doc.barring = new BarringEntry(e.dbs(), e.tra(), e.reasons(), at));
    }

    @EventHandler
    public void on(DisciplinaryCaseClosed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Closed" + dash(e.rationale()), doc -> {
            doc.stage = CLOSED;
            doc.closedAt = at;
            doc.closingRationale = e.rationale();
        });
    }

    /** Deadline events in the case's stream count in its version; a missed one is a history line. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, DisciplinaryCaseDocument.class, CaseType.DISCIPLINARY, e, seq, at, actor);
    }

    private void apply(DisciplinaryEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<DisciplinaryCaseDocument> change) {
        CaseHistories.apply(mongo, DisciplinaryCaseDocument.class, e.caseId().value(), e, seq, at, actor, sentence, change);
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The appeal's decision in the history. A decision not upheld (ACAS terms, decision 0047) says so in words; the
     * decisions that existed before keep the words their lines were stored with ("Upheld", "Overturned", "varied to
     * …"), so that a rebuild gives the history a release before left (UpgradeTest). A stored "Upheld" meant that the
     * outcome stands: the case page reads the decision through {@link DisciplinaryViews#inAcasTerms}.
     */
    @SuppressWarnings("deprecation")
    private static String appealInWords(AppealDecided e) {
        if (e.decision() == AppealDecision.NOT_UPHELD) {
            return "not upheld, the original decision stands";
        }
        return e.decision() == AppealDecision.VARIED ? "varied to " + words(e.variedOutcome()) : words(e.decision());
    }
}
