package uk.tidemark.command.incident;

import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.time.DateWindow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command-specific rules, checked after the transition table allowed the command in the case's state. The
 * aggregate decides when a rule is broken; the wording lives here so that the refusal and the generated
 * docs (docs/incident-transitions.md) cannot drift apart. A {@code {name}} in a sentence is filled in when
 * the rule is broken.
 */
enum IncidentRule {
    ACTOR_REQUIRED(Object.class,
            "Every command names who sent it (the signed-in user, as the actor metadata), because every entry in "
                    + "the chronology is attributed.",
            "This cannot be recorded without knowing who is making the change; sign in and try again."),
    DATES_IN_THE_WINDOW(Object.class,
            "Every date a command carries (when it happened, when evidence was captured, when a response is due) is "
                    + "between 1900-01-01 and 2100-12-31, so that deadlines can be counted from it and every view can "
                    + "store and show it (decision 0027). The refusal names the field and is answered as bad input (400).",
            "The {field} " + DateWindow.OUTSIDE),
    HARM_THRESHOLD_CANNOT_BE_LOWERED(TriageIncident.class,
            "Once an allegation is assessed as meeting the harm threshold, a later triage cannot lower its route "
                    + "(a triage without a route keeps the current one).",
            "This allegation has been assessed as meeting the harm threshold; a later triage cannot lower it."),
    ROUTE_NEEDS_WORKFORCE_SUBJECT(TriageIncident.class,
            "The low-level concern and harm threshold routes (KCSIE Part 4) need a subject who is a member of "
                    + "staff or a volunteer.",
            "The low-level concern and harm threshold routes are for allegations against staff or volunteers; "
                    + "this case has no staff or volunteer subject."),
    TRIAGE_OWNER_IS_A_SUBJECT(TriageIncident.class,
            "A user who is a subject of the case (conflict of interest) cannot own it; a triage that names no owner "
                    + "on a case whose owner became a subject gives it to the user triaging.",
            "The user {owner} is a subject of this case and cannot own it; give it to the headteacher or another "
                    + "safeguarding lead."),
    OWNER_IS_A_SUBJECT(AssignIncident.class,
            "A user who is a subject of the case (conflict of interest) cannot be given it.",
            "The user {owner} is a subject of this case and cannot own it; give it to the headteacher or another "
                    + "safeguarding lead."),
    ALREADY_THE_OWNER(AssignIncident.class,
            "A case cannot be assigned to the person who already owns it.",
            "This case is already assigned to {owner}."),
    LINK_NEEDS_A_USERNAME(LinkPersonToUser.class,
            "A link names the user's username.",
            "Say which user this person is: the username is missing."),
    LINK_NAMES_A_PERSON_ON_THE_CASE(LinkPersonToUser.class,
            "Only a person named on the case can be linked to a user.",
            "Only a person named on this case can be linked to a user."),
    PERSON_ALREADY_LINKED(LinkPersonToUser.class,
            "A person is linked to one user, once: a link is never replaced, so that a conflict of interest cannot "
                    + "be undone by relinking.",
            "This person is already linked to the user {username}."),
    PERSON_ALREADY_ON_THE_CASE(AddPersonToCase.class,
            "A person is named on a case once: one known from another case is added by their id once.",
            "This person is already named on this case."),
    PERSON_NEEDS_NAME_ROLE_AND_INVOLVEMENT(AddPersonToCase.class,
            "A person added to a case has a name, a role and an involvement, as on the report.",
            "A person needs a name, a role and how they are involved."),
    CORRECTION_NAMES_A_PERSON_ON_THE_CASE(CorrectPerson.class,
            "Only a person named on the case can be corrected.",
            "Only a person named on this case can be corrected."),
    CORRECTION_CHANGES_SOMETHING(CorrectPerson.class,
            "A correction changes the person's name, role or involvement; one that changes nothing is refused, so "
                    + "the chronology holds no empty corrections.",
            "This correction changes nothing: give a different name, role or involvement."),
    CATEGORY_CHANGES_SOMETHING(ChangeCategory.class,
            "A category change changes the category, the trust's own category or the other kinds of concern; the "
                    + "main category is not also one of the others.",
            "This changes nothing: choose a different category or other kinds of concern (the main one cannot be "
                    + "among the others)."),
    TRUST_CATEGORY_UNDER_ITS_CATEGORY(NamesCategory.class,
            "A trust's own category is given under the built-in category it is counted as in reports: the case's "
                    + "main category is that category (decision 0041).",
            "The trust's category chosen is counted under another category: choose it with its own category, or "
                    + "choose another."),
    AMENDMENT_CHANGES_SOMETHING(AmendReport.class,
            "An amendment changes the summary, when it happened or the platform; one that changes nothing is refused.",
            "This amendment changes nothing: give a different summary, time or platform."),
    CORRECTION_NEEDS_A_REASON(RecordCorrection.class,
            "A correction of the record (a person added or corrected, the category changed, the report amended) "
                    + "says why: it stands in the chronology beside what changed from what.",
            "Say why the record is being corrected."),
    EVIDENCE_NEEDS_SHA256(RecordEvidence.class,
            "Evidence carries the SHA-256 of the preserved file: 64 hexadecimal characters.",
            "The evidence fingerprint must be the file's SHA-256: 64 characters, using only 0-9 and a-f."),
    EVIDENCE_FILE_DESCRIBED(RecordEvidence.class,
            "A file Tidemark keeps is recorded with its name, its size (at least one byte) and its type as told from "
                    + "its bytes; the bytes themselves never enter an event (decision 0037).",
            "The file's name, size and type must all be given."),
    WARNING_ALREADY_RECORDED(IssueWarning.class,
            "A warning is recorded once; the same warning cannot be issued twice.",
            "This warning has already been recorded on the case."),
    WARNING_NAMES_A_PERSON_ON_THE_CASE(IssueWarning.class,
            "A warning names a person on the case.",
            "Only a person named on this case can be warned."),
    NO_SUCH_WARNING(RecordWarningResponse.class,
            "A response is recorded against a warning issued on this case.",
            "There is no such warning on this case, so no response can be recorded for it."),
    RESPONSE_ALREADY_RECORDED(RecordWarningResponse.class,
            "A warning has one response.",
            "A response to this warning has already been recorded."),
    ALREADY_ESCALATED_TO_POLICE(EscalateToPolice.class,
            "A case is escalated to the police once; what the police say afterwards is a police update.",
            "This case has already been escalated to the police; record an update instead."),
    POLICE_UPDATE_NEEDS_ESCALATION(RecordPoliceUpdate.class,
            "A police update needs a prior escalation to the police.",
            "This case has not been escalated to the police; escalate it before recording a police update."),
    NO_SUCH_REFERRAL(AcknowledgeReferral.class,
            "An acknowledgement is recorded against a referral to an agency made on this case.",
            "There is no such referral on this case, so its acknowledgement cannot be recorded."),
    REFERRAL_ALREADY_ACKNOWLEDGED(AcknowledgeReferral.class,
            "A referral is acknowledged once.",
            "This referral's acknowledgement has already been recorded."),
    DISCIPLINARY_REFERRAL_NAMES_A_STAFF_SUBJECT(ReferToDisciplinary.class,
            "A disciplinary referral names a person on the case who is a subject (the alleged perpetrator) and a "
                    + "member of staff: HR disciplinary procedures apply to employees only.",
            "Only a member of staff named on this case as a subject can be referred to HR for disciplinary action."),
    HARM_THRESHOLD_NEEDS_LADO_REFERRAL(CloseIncident.class,
            "An allegation on the harm threshold route cannot be closed before a referral to the LADO is recorded.",
            "This allegation meets the harm threshold; record the referral to the LADO before closing the case."),
    // records governance (decision 0052)
    ERASED(Object.class,
            "Once the case's personal content is destroyed the case accepts no further command (but the reference a "
                    + "case logged before references is given at start): what is left is the record that it happened. "
                    + "Checked after the actor, before the table.",
            "The case's personal content was erased on {date} {ground}; nothing more can be recorded on it."),
    DESTRUCTION_NEEDS_A_REASON(RequestDestruction.class,
            "A destruction is asked for with a reason (kept after the erasure, so written without names).",
            "Say why the case's personal content should be destroyed now."),
    DESTRUCTION_WHILE_HELD(RequestDestruction.class,
            "Nothing is asked to be destroyed while a legal hold is placed.",
            "This case is under a legal hold: nothing can be destroyed until the hold is lifted."),
    DESTRUCTION_ALREADY_REQUESTED(RequestDestruction.class,
            "A destruction is asked for once; another lead then confirms it.",
            "The destruction of this case has already been asked for; another safeguarding lead confirms it."),
    NOTHING_TO_CONFIRM(ConfirmDestruction.class,
            "A confirmation confirms a destruction someone asked for.",
            "No one has asked for this case to be destroyed: ask first, then another lead confirms."),
    CONFIRMATION_WHILE_HELD(ConfirmDestruction.class,
            "Nothing is destroyed while a legal hold is placed: the hold may have come after the request.",
            "This case is under a legal hold: nothing can be destroyed until the hold is lifted."),
    CONFIRMED_BY_ANOTHER_LEAD(ConfirmDestruction.class,
            "The lead who asked for the destruction cannot confirm it: two people decide what cannot be undone.",
            "You asked for this destruction; another safeguarding lead or the headteacher must confirm it."),
    CONFIRMATION_ON_THE_REQUESTS_GROUND(ConfirmDestruction.class,
            "A confirmation confirms the ground the destruction was asked for on, and the data key is destroyed on it.",
            "The destruction was asked for on another ground; reload the case and confirm what was asked."),
    HOLD_NEEDS_A_REASON(PlaceLegalHold.class,
            "A legal hold says why (a police investigation, a claim).",
            "Say why the case is held: a police investigation or a claim, for example."),
    ALREADY_HELD(PlaceLegalHold.class,
            "A case holds one legal hold at a time.",
            "This case is already under a legal hold."),
    LIFT_NEEDS_A_REASON(LiftLegalHold.class,
            "Lifting a legal hold says why.",
            "Say why the legal hold is lifted."),
    NOT_HELD(LiftLegalHold.class,
            "Only a hold that is placed can be lifted.",
            "This case is not under a legal hold."),
    EXTENSION_NEEDS_A_REASON(ExtendRetention.class,
            "Keeping a case longer says why.",
            "Say why the case is kept longer."),
    EXTENSION_AFTER_TODAY(ExtendRetention.class,
            "A case is kept until a date after today, and after the review already set.",
            "Keep the case until a date after today and after its review on {date}."),
    BUNDLE_NEEDS_A_RECIPIENT(ExportCaseBundle.class,
            "A case bundle names who it is for (the LADO, the police, a solicitor), so the audit trail says where the "
                    + "copy went.",
            "Say who the copy of the case is for."),
    BUNDLE_NEEDS_ITS_HASHES(ExportCaseBundle.class,
            "A case bundle's export records the SHA-256 of the bundle and of its manifest (decision 0054).",
            "The copy of the case could not be sealed with its fingerprints; try again."),
    IMPORT_NEEDS_ITS_MANIFEST(ImportIncident.class,
            "A case received from another installation names the SHA-256 of the manifest it was checked against "
                    + "(decision 0057).",
            "The case bundle's manifest was not checked; import it again.");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    private final Class<?> command;
    private final String rule;
    private final String sentence;

    IncidentRule(Class<?> command, String rule, String sentence) {
        this.command = command;
        this.rule = rule;
        this.sentence = sentence;
    }

    Class<?> command() {
        return command;
    }

    /** How the docs name the command the rule applies to. */
    String commandName() {
        if (command == Object.class) {
            return "every command";
        }
        if (command == NamesCategory.class) {
            return "`LogIncident`, `ChangeCategory`";
        }
        return command == RecordCorrection.class
                ? "`AddPersonToCase`, `CorrectPerson`, `ChangeCategory`, `AmendReport`"
                : "`" + command.getSimpleName() + "`";
    }

    String rule() {
        return rule;
    }

    /** The refusal as written, placeholders included: what the docs show. */
    String template() {
        return sentence;
    }

    /** The refusal with its placeholders filled in, in order. */
    String sentence(String... values) {
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int next = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values[next++]));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    IncidentRuleViolation violation(String... values) {
        return new IncidentRuleViolation(sentence(values));
    }
}
