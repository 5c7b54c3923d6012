package uk.tidemark.query.boundary;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.query.FindImageConsent;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.query.register.consent.ImageConsentProjection;
import uk.tidemark.query.register.consent.ImageConsentQueries;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccount;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccounts;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;
import uk.tidemark.query.register.accounts.OfficialAccountProjection;
import uk.tidemark.query.register.accounts.OfficialAccountQueries;
import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;
import uk.tidemark.kernel.complaint.query.FindComplaint;
import uk.tidemark.kernel.complaint.query.FindComplaintStatus;
import uk.tidemark.kernel.complaint.query.FindComplaints;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryCases;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryStatus;
import uk.tidemark.kernel.disciplinary.query.FindHrRegister;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.query.*;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.FindReportPublications;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.query.complaint.ComplaintRegisterProjection;
import uk.tidemark.query.complaint.ComplaintRegisterQueries;
import uk.tidemark.query.deadline.DeadlineBoardProjection;
import uk.tidemark.query.deadline.DeadlineBoardQueries;
import uk.tidemark.query.deadline.MissedDeadlineCounts;
import uk.tidemark.query.disciplinary.EmployeeAccounts;
import uk.tidemark.query.disciplinary.HrRegisterProjection;
import uk.tidemark.query.disciplinary.HrRegisterQueries;
import uk.tidemark.query.incident.*;
import uk.tidemark.query.report.QuarterlyReportQueries;
import uk.tidemark.query.report.ReportPublicationProjection;
import uk.tidemark.query.report.ReportPublicationQueries;
import uk.tidemark.query.support.ReadStoreConversions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection of the query side on one fresh database, with the conversions the application stores with, and
 * every query that reads what they store: the incidents (case, list index, chronology, person), the HR register, the
 * complaints register, the deadline board, the quarterly report and its publications, and the metrics' counts.
 */
final class AllProjections {

    private final MongoTemplate mongo;
    private final EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final IncidentQueries incidents;
    private final ChronologyProjection chronology;
    private final PersonProjection people;
    private final IncidentCountQueries counts;
    private final HrRegisterQueries hr;
    private final ComplaintRegisterQueries complaints;
    private final DeadlineBoardQueries deadlines;
    private final QuarterlyReportQueries report;
    private final ReportPublicationQueries publications;
    private final MissedDeadlineCounts missed;
    private final OpenCaseCounts open;

    AllProjections(MongoClient client, String database) {
        mongo = ReadStoreConversions.template(client, database);
        IncidentListIndex index = new IncidentListIndex(mongo, true);
        index.load();
        IncidentProjection incidentProjection = new IncidentProjection(mongo, index);
        incidentProjection.createIndexes();
        chronology = new ChronologyProjection(mongo);
        chronology.createIndexes();
        people = new PersonProjection(mongo, chronology);
        // what the projections read a case's events back from when its key is destroyed: the events delivered
        var eventsDelivered = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("eventStore", events)).getBeanProvider(EventStore.class);
        incidentProjection.readingFrom(eventsDelivered);
        chronology.readingFrom(eventsDelivered);
        people.readingFrom(eventsDelivered);
        EmployeeAccounts employees = new EmployeeAccounts(mongo);
        employees.createIndexes();
        handlers = List.of(new AnnotationEventHandlerAdapter(incidentProjection),
                new AnnotationEventHandlerAdapter(chronology), new AnnotationEventHandlerAdapter(people),
                new AnnotationEventHandlerAdapter(new HrRegisterProjection(mongo)),
                new AnnotationEventHandlerAdapter(new ComplaintRegisterProjection(mongo)),
                new AnnotationEventHandlerAdapter(new DeadlineBoardProjection(mongo)),
                new AnnotationEventHandlerAdapter(new ReportPublicationProjection(mongo)),
                new AnnotationEventHandlerAdapter(new ImageConsentProjection(mongo)),
                new AnnotationEventHandlerAdapter(new OfficialAccountProjection(mongo)),
                new AnnotationEventHandlerAdapter(new uk.tidemark.query.policy.PolicyProjection(mongo)),
                new AnnotationEventHandlerAdapter(
                        new uk.tidemark.query.register.declaration.DeclarationProjection(mongo)),
                new AnnotationEventHandlerAdapter(
                        new uk.tidemark.query.register.lowlevel.LowLevelConcernsProjection(mongo)),
                new AnnotationEventHandlerAdapter(new uk.tidemark.query.sar.SubjectAccessProjection(mongo)),
                new AnnotationEventHandlerAdapter(new uk.tidemark.query.transfer.RecordTransferProjection(mongo)),
                new AnnotationEventHandlerAdapter(new uk.tidemark.query.retention.RetentionProjection(mongo)));
        incidents = new IncidentQueries(mongo, employees, index);
        counts = new IncidentCountQueries(mongo, index);
        hr = new HrRegisterQueries(mongo);
        complaints = new ComplaintRegisterQueries(mongo);
        deadlines = new DeadlineBoardQueries(mongo);
        report = new QuarterlyReportQueries(mongo);
        report.createIndexes();
        publications = new ReportPublicationQueries(mongo);
        missed = new MissedDeadlineCounts(mongo);
        open = new OpenCaseCounts(mongo, index);
    }

    /** Delivers to every projection, as the processors do; a handler's exception is what would park the case. */
    void deliver(DomainEventMessage<?> message) throws Exception {
        events.publish(message);
        for (AnnotationEventHandlerAdapter handler : handlers) {
            handler.handle(message);
        }
    }

    /** A pupil's image consent entry is stored and every query of the register reads it back (issue 18). */
    void readImageConsent(String id) {
        ImageConsentQueries consent = new ImageConsentQueries(mongo);
        ImageConsentView entry = consent.handle(new FindImageConsent(ConsentRecordId.of(id))).orElse(null);
        assertThat(entry).as("the entry's document").isNotNull();
        Set<String> settings = new HashSet<>(Set.of(BoundaryValues.SETTING));
        if (entry.settingId() != null) {
            settings.add(entry.settingId());
        }
        assertThat(consent.handle(new FindImageConsents(settings, null, true))).isNotEmpty();
        if (entry.personId() != null) {
            assertThat(consent.handle(new FindImageConsents(settings, Set.of(entry.personId()), true))).isNotEmpty();
        }
        readTheBoard(settings); // the report reads none of this register: see readTheBoard
    }

    /** An official account is stored and every query of the register reads it back (issue 18). */
    void readOfficialAccount(String id) {
        OfficialAccountQueries accounts = new OfficialAccountQueries(mongo);
        OfficialAccountView account = accounts.handle(new FindOfficialAccount(OfficialAccountId.of(id))).orElse(null);
        assertThat(account).as("the account's document").isNotNull();
        Set<String> settings = new HashSet<>(Set.of(BoundaryValues.SETTING));
        if (account.settingId() != null) {
            settings.add(account.settingId());
        }
        assertThat(accounts.handle(new FindOfficialAccounts(settings))).isNotEmpty();
        readTheBoard(settings); // the report reads none of this register: see readTheBoard
    }

    /** A policy is stored and every query of the register reads it back (issue 18). */
    void readPolicy(String id) {
        var policies = new uk.tidemark.query.policy.PolicyQueries(mongo);
        var policy = policies.handle(new uk.tidemark.kernel.policy.query.FindPolicy(
                uk.tidemark.kernel.policy.PolicyId.of(id))).orElse(null);
        assertThat(policy).as("the policy's document").isNotNull();
        Set<String> settings = withSetting(policy.settingId());
        assertThat(policies.handle(new uk.tidemark.kernel.policy.query.FindPolicies(settings))).isNotEmpty();
        readEverythingElse(settings);
    }

    /** A training record is stored and every query of the register reads it back (issue 18). */
    void readTraining(String id) {
        var policies = new uk.tidemark.query.policy.PolicyQueries(mongo);
        var training = policies.handle(new uk.tidemark.kernel.policy.query.FindTrainingRecord(id)).orElse(null);
        assertThat(training).as("the training record's document").isNotNull();
        Set<String> settings = withSetting(training.settingId());
        policies.handle(new uk.tidemark.kernel.policy.query.FindTrainingRecords(settings, null));
        policies.handle(new uk.tidemark.kernel.policy.query.FindTrainingRecords(settings, training.person()));
        readEverythingElse(settings);
    }

    /** A declaration is stored and every query of the register reads it back (issue 18). */
    void readDeclaration(String id) {
        var declarations = new uk.tidemark.query.register.declaration.DeclarationQueries(mongo);
        var declaration = declarations.handle(new uk.tidemark.kernel.declaration.query.FindDeclaration(
                uk.tidemark.kernel.declaration.DeclarationId.of(id))).orElse(null);
        assertThat(declaration).as("the declaration's document").isNotNull();
        Set<String> settings = withSetting(declaration.settingId());
        assertThat(declarations.handle(new uk.tidemark.kernel.declaration.query.FindDeclarations(null, settings)))
                .isNotEmpty();
        declarations.handle(new uk.tidemark.kernel.declaration.query.FindDeclarations(declaration.declaredBy(), Set.of()));
        readTheBoard(settings); // the report reads none of this register: see readTheBoard
    }

    /** A member of staff's low-level concerns are stored and every query of the register reads them back. */
    void readLowLevelConcerns(String id) {
        var concerns = new uk.tidemark.query.register.lowlevel.LowLevelConcernsQueries(mongo);
        var record = concerns.handle(new uk.tidemark.kernel.lowlevel.query.FindLowLevelConcernsRecord(
                uk.tidemark.kernel.lowlevel.LowLevelConcernsId.of(id))).orElse(null);
        assertThat(record).as("the low-level concerns' document").isNotNull();
        Set<String> settings = withSetting(record.settingId());
        assertThat(concerns.handle(new uk.tidemark.kernel.lowlevel.query.FindLowLevelConcerns(settings, null)))
                .isNotEmpty();
        readTheBoard(settings); // the report reads none of this register: see readTheBoard
    }

    /** A subject access request is stored and both its queries read it back (issue 19). */
    void readSubjectAccess(String id) {
        var requests = new uk.tidemark.query.sar.SubjectAccessProjection(mongo);
        var request = requests.handle(new uk.tidemark.kernel.sar.query.FindSubjectAccessRequest(
                uk.tidemark.kernel.sar.SubjectAccessId.of(id))).orElse(null);
        assertThat(request).as("the request's document").isNotNull();
        Set<String> settings = withSetting(request.settingId());
        assertThat(requests.handle(new uk.tidemark.kernel.sar.query.FindSubjectAccessRequests(settings)))
                .isNotEmpty();
        readTheBoard(settings); // the report reads none of these requests: see readTheBoard
    }

    /** A record transfer is stored and both its queries read it back (issue 20). */
    void readRecordTransfer(String id) {
        var transfers = new uk.tidemark.query.transfer.RecordTransferProjection(mongo);
        var transfer = transfers.handle(new uk.tidemark.kernel.transfer.query.FindRecordTransfer(
                uk.tidemark.kernel.transfer.TransferId.of(id))).orElse(null);
        assertThat(transfer).as("the transfer's document").isNotNull();
        Set<String> settings = withSetting(transfer.settingId());
        assertThat(transfers.handle(new uk.tidemark.kernel.transfer.query.FindRecordTransfers(settings)))
                .isNotEmpty();
        readTheBoard(settings);
    }

    private static Set<String> withSetting(String settingId) {
        Set<String> settings = new HashSet<>(Set.of(BoundaryValues.SETTING));
        if (settingId != null) {
            settings.add(settingId);
        }
        return settings;
    }

    /** The incident is stored and every query about it reads it back. */
    void readIncident(String id) {
        IncidentDetail detail = incidents.handle(new FindIncident(IncidentId.of(id)));
        assertThat(detail).as("the incident's document").isNotNull();
        assertThat(chronology.handle(new FindIncidentChronology(IncidentId.of(id)))).isNotNull();
        Set<String> settings = new HashSet<>();
        settings.add(BoundaryValues.SETTING);
        if (detail.settingId() != null) {
            settings.add(detail.settingId());
        }
        IncidentFilter visible = new IncidentFilter(null, null, null, null, null, null, settings, null);
        assertThat(incidents.handle(new FindIncidents(visible, 0, 100))).isNotNull();
        assertThat(incidents.handle(new FindIncidents(IncidentFilter.none(), 0, 100))).isNotNull();
        assertThat(counts.handle(new FindCaseCounts(visible))).isNotNull();
        assertThat(incidents.handle(new FindConflictedUsers(id))).isNotNull();
        for (Person person : detail.people() == null ? List.<Person>of() : detail.people()) {
            if (person != null && person.personId() != null) {
                assertThat(people.handle(new FindPersonChronology(person.personId(), settings))).isNotNull();
            }
            if (person != null && person.username() != null && !person.username().isBlank()) {
                assertThat(incidents.handle(new FindConflictedCases(person.username()))).isNotNull();
            }
        }
        readEverythingElse(settings);
    }

    void readDisciplinaryCase(String id) {
        DisciplinaryCaseDetail detail = hr.handle(new FindDisciplinaryCase(DisciplinaryCaseId.of(id))).orElse(null);
        assertThat(detail).as("the HR case's document").isNotNull();
        assertThat(hr.handle(new FindDisciplinaryStatus(DisciplinaryCaseId.of(id)))).isPresent();
        Set<String> settings = settingsWith(detail.settingId());
        assertThat(hr.handle(new FindDisciplinaryCases(settings, false))).isNotNull();
        assertThat(hr.handle(new FindDisciplinaryCases(null, true))).isNotNull();
        assertThat(hr.handle(new FindHrRegister(settings))).isNotNull();
        assertThat(incidents.handle(new FindConflictedUsers(id))).isNotNull();
        readEverythingElse(settings);
    }

    void readComplaint(String id) {
        ComplaintDetail detail = complaints.handle(new FindComplaint(ComplaintId.of(id))).orElse(null);
        assertThat(detail).as("the complaint's document").isNotNull();
        assertThat(complaints.handle(new FindComplaintStatus(ComplaintId.of(id)))).isPresent();
        Set<String> settings = settingsWith(detail.settingId());
        assertThat(complaints.handle(new FindComplaints(settings, false))).isNotNull();
        assertThat(complaints.handle(new FindComplaints(null, true))).isNotNull();
        readEverythingElse(settings);
    }

    /** The deadline board, the report of this quarter and the last, and the metrics' counts. */
    /**
     * For a register the quarterly report does not read (image consent, official accounts, declarations, low-level
     * concerns): the deadline board, which every record's deadlines reach. Building the whole report for each of
     * their several thousand boundary cases would read nothing they wrote.
     */
    private void readTheBoard(Set<String> settings) {
        assertThat(deadlines.handle(new FindDeadlines(settings, null, null, null, null, Set.of()))).isNotNull();
        assertThat(missed.byKind()).isNotNull();
    }

    private void readEverythingElse(Set<String> settings) {
        assertThat(deadlines.handle(new FindDeadlines(settings, null, null, null, null, Set.of()))).isNotNull();
        assertThat(deadlines.handle(new FindDeadlines(null, null, null, null, null, Set.of()))).isNotNull();
        Quarter now = Quarter.containing(Instant.now());
        assertThat(report.handle(new FindQuarterlyReport(now.year(), now.quarter(), settings))).isNotNull();
        assertThat(publications.handle(new FindReportPublications(settings))).isNotNull();
        assertThat(missed.byKind()).isNotNull();
        assertThat(open.byStageAndSeverity()).isNotNull();
    }

    private static Set<String> settingsWith(String settingId) {
        Set<String> settings = new HashSet<>();
        settings.add(BoundaryValues.SETTING);
        if (settingId != null) {
            settings.add(settingId);
        }
        return settings;
    }
}
