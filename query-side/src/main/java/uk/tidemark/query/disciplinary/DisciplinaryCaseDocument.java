package uk.tidemark.query.disciplinary;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.ReferralDecision;

import java.time.Instant;
import java.util.List;

/**
 * One HR disciplinary case in collection {@value #COLLECTION}, as {@link HrRegisterProjection} keeps it: the
 * storage shape, apart from the kernel's views. Calendar dates are ISO strings (a LocalDate would be stored at
 * midnight in the JVM's zone); instants are stored with millisecond precision.
 */
@Document(collection = DisciplinaryCaseDocument.COLLECTION)
class DisciplinaryCaseDocument extends CaseHistoryDocument {
    static final String COLLECTION = "disciplinary_cases";

    /** Null only until a case opened before references is given one (decision 0038). */
    String reference;
    String settingId;
    String employeeName;
    String employeePersonId;
    /** The employee's own Tidemark account, when HR named it: the case is hidden from them. */
    String employeeUsername;
    boolean teacher;
    boolean concernsHarm;
    String allegation;
    String linkedIncidentId;
    String openedBy;
    Instant openedAt;
    DisciplinaryStage stage;
    String investigator;
    String findings;
    HearingEntry hearing;
    DecisionEntry outcome;
    AppealEntry appeal;
    /** The outcome that stands after any appeal; null before the outcome and once overturned. */
    DisciplinaryOutcome standingOutcome;
    WarningEntry warning;
    ResignationEntry resignation;
    BarringEntry barring;
    Instant closedAt;
    String closingRationale;

    /** {@code hearingAt} ("HH:mm"), {@code place} and {@code heldOn} are null in documents from before decision 0047. */
    record HearingEntry(String invitedOn, String hearingOn, boolean rightToBeAccompaniedStated, Instant heldAt,
                        String companion, String hearingAt, String place, String heldOn) {
    }

    record DecisionEntry(DisciplinaryOutcome outcome, String reasons, Instant decidedAt, Instant appealWindowClosesAt,
                         boolean appealWindowClosed) {
    }

    record AppealEntry(String grounds, Instant lodgedAt, AppealDecision decision, DisciplinaryOutcome variedOutcome,
                       String reasons, Instant decidedAt) {
    }

    record WarningEntry(DisciplinaryOutcome kind, Instant issuedAt, Instant expiresAt, boolean expired,
                        Instant expiredAt, boolean setAsideOnAppeal) {

        boolean live() {
            return !expired && !setAsideOnAppeal;
        }
    }

    record ResignationEntry(String effectiveOn, Instant recordedAt) {
    }

    record BarringEntry(ReferralDecision dbs, ReferralDecision tra, String reasons, Instant recordedAt) {
    }

}
