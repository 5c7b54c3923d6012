package uk.tidemark.app.web.transfer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.page.*;
import uk.tidemark.app.web.person.People;
import uk.tidemark.kernel.incident.query.PersonChronology;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.tidemark.kernel.transfer.TransferId;
import uk.tidemark.kernel.transfer.TransferState;
import uk.tidemark.kernel.transfer.query.FindRecordTransfer;
import uk.tidemark.kernel.transfer.query.RecordTransferView;

import java.util.*;

/**
 * The record transfer pages (decision 0055), a safeguarding lead's: "Transfer this pupil's records" from the person
 * page ({@code /people/{personId}/transfer}), the transfers in and out with the records to acknowledge
 * ({@code /transfers}), and one transfer's page with the step it waits for. Every action goes through
 * {@link TransferController} and {@link Transfers}, which authorise it and record the reads.
 */
@WebPage
class TransferPages {

    static final String START = "transfer";
    static final String RECEIPT = "receipt";
    static final String DELIVERY = "delivery";
    static final Map<String, String> LABELS = Map.of("toSettingId", "Setting of the trust",
            "toSchool", "School outside Tidemark", "startDate", "The day the pupil starts at the new school",
            "fromSettingId", "Sending setting", "how", "How", "deliveredOn", "The day it was sent",
            "confirmedBy", "Who confirmed it", "receivedOn", "The day they confirmed it");

    private final TransferController api;
    private final Transfers transfers;
    private final TransferGate gate;
    private final People people;
    private final AccessScope scope;
    private final AccountStore accounts;
    private final PageActions actions;
    private final PageForms forms;
    private final ReadAudit reads;
    private final QueryGateway queries;

    TransferPages(TransferController api, Transfers transfers, TransferGate gate, People people, AccessScope scope,
                  AccountStore accounts, PageActions actions, PageForms forms, ReadAudit reads, QueryGateway queries) {
        this.reads = reads;
        this.queries = queries;
        this.api = api;
        this.transfers = transfers;
        this.gate = gate;
        this.people = people;
        this.scope = scope;
        this.accounts = accounts;
        this.actions = actions;
        this.forms = forms;
    }

    @GetMapping("/transfers")
    @CaseDataRead // read through the API controller, which records the read
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        List<RecordTransferView> all = api.list(user);
        model.addAttribute("toAcknowledge", all.stream().filter(t -> t.state() == TransferState.STARTED
                && !t.outside() && scope.mayWorkOn(user, t.toSettingId())).toList());
        model.addAttribute("transfers", all);
        // the other setting of a transfer may be one of the trust's the lead does not work in
        model.addAttribute("settingNames", user.trustId() == null ? SettingNames.of(scope, user)
                : SettingNames.of(accounts.settingsOfTrust(user.trustId())));
        return "transfers/list";
    }

    @GetMapping("/people/{personId}/transfer")
    @CaseDataRead // the pupil's name and cases: a read of each case shown, recorded below
    String startForm(@PathVariable String personId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        gate.requireLead(user);
        return startPage(personId, user, model, Form.blank(START));
    }

    @PostMapping("/people/{personId}/transfer")
    String start(@PathVariable String personId, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        gate.requireLead(user);
        PageActions.Outcome<String> outcome = actions.submit(forms, START, form, TransferRequests.Start.class,
                body -> transfers.start(user, personId, body, new BeanPropertyBindingResult(body, "body"))
                        .transferId().value());
        if (outcome.done()) {
            ReadCatchUp.awaitAbove(() -> readVersion(outcome.result()), -1);
            flash.addFlashAttribute("success", "The records are transferred; the receipt is due on the day shown.");
            return "redirect:/transfers/" + outcome.result();
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return startPage(personId, user, model, outcome.form());
    }

    @GetMapping("/transfers/{id}")
    @CaseDataRead // read through the API controller, which records the read
    String show(@PathVariable String id, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(id, user, model, null);
    }

    @PostMapping("/transfers/{id}/receipt")
    String receipt(@PathVariable String id, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        long before = readVersion(id);
        PageActions.Outcome<Object> outcome = actions.submit(forms, RECEIPT, form, TransferRequests.Receipt.class,
                body -> {
                    api.receipt(id, body, null, user);
                    return Boolean.TRUE;
                });
        return after(id, before, outcome, "The receipt is confirmed.", user, model, flash, response);
    }

    @PostMapping("/transfers/{id}/delivery")
    String delivery(@PathVariable String id, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        long before = readVersion(id);
        PageActions.Outcome<Object> outcome = actions.submit(forms, DELIVERY, form, TransferRequests.Delivery.class,
                body -> {
                    api.delivery(id, body, null, user);
                    return Boolean.TRUE;
                });
        return after(id, before, outcome, "The delivery is recorded.", user, model, flash, response);
    }

    private String after(String id, long before, PageActions.Outcome<Object> outcome, String done, TidemarkUser user,
                         Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (outcome.done()) {
            ReadCatchUp.awaitAbove(() -> readVersion(id), before); // the page shows what was just done
            flash.addFlashAttribute("success", done);
            return "redirect:/transfers/" + id;
        }
        response.setStatus(VersionedAction.status(outcome.form()));
        return page(id, user, model, outcome.form());
    }

    /** The transfer's version in the read model, -1 while it does not have it. */
    private long readVersion(String id) {
        return queries.query(new FindRecordTransfer(TransferId.of(id)),
                        ResponseTypes.optionalInstanceOf(RecordTransferView.class)).join()
                .map(RecordTransferView::version).orElse(-1L);
    }

    private String page(String id, TidemarkUser user, Model model, Form failed) {
        RecordTransferView t = api.get(id, user).getBody();
        boolean sender = scope.mayWorkOn(user, t.settingId());
        boolean receiver = !t.outside() && scope.mayWorkOn(user, t.toSettingId());
        model.addAttribute("t", t);
        model.addAttribute("from", accounts.findSetting(t.settingId()).map(s -> s.name()).orElse(t.settingId()));
        model.addAttribute("to", t.outside() ? t.toSchool()
                : accounts.findSetting(t.toSettingId()).map(s -> s.name()).orElse(t.toSettingId()));
        model.addAttribute("acknowledge", receiver && t.state() == TransferState.STARTED);
        model.addAttribute("deliver", sender && t.outside() && t.state() == TransferState.STARTED);
        model.addAttribute("confirm", sender && t.outside() && t.state() == TransferState.DELIVERED);
        model.addAttribute("readOnly", sender && !t.outside());
        model.addAttribute("forms", Form.each(List.of(RECEIPT, DELIVERY), failed));
        model.addAttribute("failed", failed);
        model.addAttribute("labels", LABELS);
        return "transfers/transfer";
    }

    private String startPage(String personId, TidemarkUser user, Model model, Form form) {
        PersonChronology person = people.visibleTo(user, personId)
                .orElseThrow(() -> new NotFoundException(Transfers.NO_SUCH_PERSON));
        Set<String> from = new TreeSet<>();
        person.cases().stream().map(PersonChronology.PersonCase::settingId).filter(s -> scope.mayWorkOn(user, s))
                .forEach(from::add);
        Map<String, String> names = SettingNames.of(scope, user);
        String trust = from.isEmpty() ? null : scope.trustOf(from.iterator().next());
        List<Choice> settings = trust == null ? List.of() : accounts.settingsOfTrust(trust).stream()
                .filter(s -> !(from.size() == 1 && from.contains(s.id()))).map(s -> new Choice(s.id(), s.name()))
                .toList();
        reads.recordCases(user, person.cases().stream().map(c -> new ReadAudit.CaseShown(CaseType.INCIDENT,
                c.incidentId(), c.settingId())).toList(), Map.of("view", "RECORD_TRANSFER_FORM"));
        model.addAttribute("person", person);
        model.addAttribute("heading", "Transfer this pupil's records");
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("settings", settings);
        model.addAttribute("senders", from.size() > 1 ? from.stream()
                .map(s -> new Choice(s, names.getOrDefault(s, s))).toList() : List.of());
        model.addAttribute("sending", from.size() == 1 ? names.getOrDefault(from.iterator().next(), "") : null);
        model.addAttribute("cases", person.cases().size());
        return "transfers/new";
    }
}
