package uk.tidemark.app.web.transfer;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.person.People;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.command.TransferIncident;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.transfer.TransferId;
import uk.tidemark.kernel.transfer.command.StartRecordTransfer;
import uk.tidemark.kernel.transfer.event.RecordTransferStarted;
import uk.tidemark.kernel.transfer.query.RecordTransferView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a record transfer does beyond one command (decision 0055): it finds the cases the person directory names the
 * pupil on in the sending setting, records the transfer (which checks its own rules and sets the deadline), then
 * sends each case on, and forgets where those cases were, so the next request finds them at the receiving setting.
 */
@Component
class Transfers {

    static final String NO_SUCH_PERSON = "There is no person with this id that you may see.";

    private final TransferGate gate;
    private final People people;
    private final AccessScope scope;
    private final AccountStore accounts;
    private final CaseCommands commands;
    private final CaseLocator locator;
    private final ConflictOfInterest conflicts;

    Transfers(TransferGate gate, People people, AccessScope scope, AccountStore accounts, CaseCommands commands,
              CaseLocator locator, ConflictOfInterest conflicts) {
        this.gate = gate;
        this.people = people;
        this.scope = scope;
        this.accounts = accounts;
        this.commands = commands;
        this.locator = locator;
        this.conflicts = conflicts;
    }

    /** Records the transfer and sends its cases; answers the transfer's first event (its deadline's day). */
    RecordTransferStarted start(TidemarkUser user, String personId, TransferRequests.Start body,
                                BindingResult binding) {
        gate.requireLead(user);
        PersonChronology person = people.visibleTo(user, personId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_PERSON));
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        Set<String> from = new TreeSet<>();
        person.cases().stream().map(PersonChronology.PersonCase::settingId)
                .filter(s -> scope.mayWorkOn(user, s)).forEach(from::add);
        String sending = sendingSetting(body.fromSettingId(), from, errors);
        String toSettingId = blank(body.toSettingId()) ? null : body.toSettingId().strip();
        String toSchool = blank(body.toSchool()) ? null : body.toSchool().strip();
        String toName = null;
        if ((toSettingId == null) == (toSchool == null)) {
            errors.add(new FieldProblem("toSettingId", "give a setting of the trust or the name of a school outside "
                    + "Tidemark: one of them."));
        } else if (toSettingId != null) {
            Setting to = accounts.findSetting(toSettingId).orElse(null);
            if (to == null || sending != null && !Objects.equals(to.trustId(), scope.trustOf(sending))) {
                errors.add(new FieldProblem("toSettingId", "is not a setting of this trust."));
            } else if (toSettingId.equals(sending)) {
                errors.add(new FieldProblem("toSettingId", "is the setting sending the records; choose the one "
                        + "the pupil is moving to."));
            } else {
                toName = to.name();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<String> caseIds = person.cases().stream().filter(c -> sending.equals(c.settingId()))
                .map(PersonChronology.PersonCase::incidentId).toList();
        TransferId id = TransferId.random();
        commands.send(new StartRecordTransfer(id, sending, PersonId.of(person.personId()), person.name(),
                toSettingId, toSchool, body.startDate(), caseIds), null);
        try {
            for (String caseId : caseIds) {
                commands.send(new TransferIncident(IncidentId.of(caseId), id.value(), toSettingId, toName, toSchool),
                        null);
            }
        } finally {
            locator.forget(caseIds);
        }
        return gate.started(id.value()).orElseThrow();
    }

    private static String sendingSetting(String given, Set<String> mine, List<FieldProblem> errors) {
        if (!blank(given)) {
            if (!mine.contains(given.strip())) {
                errors.add(new FieldProblem("fromSettingId", "is not a setting where you may see this pupil's cases."));
                return null;
            }
            return given.strip();
        }
        if (mine.size() != 1) {
            errors.add(new FieldProblem("fromSettingId", "choose the setting sending the records."));
            return null;
        }
        return mine.iterator().next();
    }

    /** An outside school's confirmation says who confirmed it and how: 400 naming what is missing. */
    void requireConfirmation(TransferRequests.Receipt given) {
        List<FieldProblem> errors = new ArrayList<>();
        if (blank(given.confirmedBy())) {
            errors.add(new FieldProblem("confirmedBy", "is required for a school outside Tidemark."));
        }
        if (blank(given.how())) {
            errors.add(new FieldProblem("how", "is required for a school outside Tidemark."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The transfers the user may see: none that sent a case they are a subject of. */
    List<RecordTransferView> visible(TidemarkUser user, List<RecordTransferView> found) {
        Set<String> hidden = conflicts.hiddenFrom(user).incidentIds();
        return found.stream().filter(v -> v.cases().stream().noneMatch(c -> hidden.contains(c.id()))).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
