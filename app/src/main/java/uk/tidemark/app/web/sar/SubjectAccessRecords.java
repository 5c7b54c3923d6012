package uk.tidemark.app.web.sar;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AuditEntry;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditSearch;
import uk.tidemark.app.web.person.People;
import uk.tidemark.kernel.consent.query.FindImageConsents;
import uk.tidemark.kernel.consent.query.ImageConsentView;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.declaration.query.FindDeclarations;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.FindPersonChronology;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcerns;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.time.Instant;
import java.util.*;

/**
 * Every record about a person that a subject access request must answer with (decision 0053): each case the person
 * directory finds them on, across settings and merges (with every entry of its chronology), their image consent
 * entries, the declarations they made and the low-level concerns about them when they are a member of staff, and
 * the audit trail's reads of those cases. Only what the safeguarding lead may see is gathered; {@code unseen} counts
 * the cases naming the person that they may not, which stops a release.
 */
@Component
class SubjectAccessRecords {

    /** One entry of a record: {@code key} names it for a redaction mark; {@code others} maps names to role words. */
    record Entry(String key, Instant at, String what, String text, Map<String, String> others) {
    }

    /** One record: a case, a register entry, the reads of the person's cases. */
    record Section(String key, String title, String settingId, String settingName, List<Entry> entries) {
    }

    record Found(String personId, String personName, List<Section> sections, int cases, int unseen) {
        int entries() {
            return sections.stream().mapToInt(s -> s.entries().size()).sum();
        }
    }

    private static final int MOST_READS = 500;
    /** The view a read made while answering a subject access request names in its details. */
    static final String COMPILING = "SUBJECT_ACCESS_RECORDS";

    private final QueryGateway queries;
    private final People people;
    private final AccessScope scope;
    private final AccountStore accounts;
    private final AuditSearch audit;

    SubjectAccessRecords(QueryGateway queries, People people, AccessScope scope, AccountStore accounts,
                         AuditSearch audit) {
        this.queries = queries;
        this.people = people;
        this.scope = scope;
        this.accounts = accounts;
        this.audit = audit;
    }

    Found gather(TidemarkUser user, SubjectAccessView request) {
        Set<String> settings = scope.settingIdsOf(user);
        Optional<PersonChronology> chronology = people.visibleTo(user, request.personId());
        int everywhere = queries.query(new FindPersonChronology(PersonId.of(request.personId()), null),
                        ResponseTypes.optionalInstanceOf(PersonChronology.class)).join()
                .map(p -> p.cases().size()).orElse(0);
        List<Section> sections = new ArrayList<>();
        String username = null;
        int cases = 0;
        Map<String, String> staffNames = new LinkedHashMap<>();
        if (chronology.isPresent()) {
            PersonChronology p = chronology.get();
            for (PersonChronology.PersonCase on : p.cases()) {
                IncidentDetail detail = queries.query(new FindIncident(IncidentId.of(on.incidentId())),
                        ResponseTypes.optionalInstanceOf(IncidentDetail.class)).join().orElse(null);
                Map<String, String> others = new LinkedHashMap<>();
                if (detail != null && detail.people() != null) {
                    for (Person person : detail.people()) {
                        if (person.personId() != null && person.personId().value().equals(p.personId())) {
                            username = username == null ? person.username() : username;
                        } else if (person.name() != null) {
                            others.put(person.name(), Redaction.roleWords(person.role()));
                        }
                    }
                }
                List<Entry> entries = new ArrayList<>();
                String reference = on.reference() == null ? "a case" : on.reference();
                if (detail != null && detail.summary() != null) {
                    entries.add(new Entry(on.incidentId() + ":summary", on.loggedAt(), "What was reported",
                            detail.summary(), others));
                }
                p.entries().stream().filter(e -> e.incidentId().equals(on.incidentId())).forEach(e -> entries.add(
                        new Entry(on.incidentId() + ":" + e.sequence(), e.at(), "What happened", e.summary(),
                                others)));
                sections.add(new Section(on.incidentId(), "Case " + reference, on.settingId(), settingName(on.settingId()),
                        entries));
                cases++;
            }
        }
        String pupil = request.personId();
        for (ImageConsentView consent : queries.query(new FindImageConsents(settings, Set.of(pupil), true),
                ResponseTypes.multipleInstancesOf(ImageConsentView.class)).join()) {
            List<Entry> entries = new ArrayList<>();
            consent.history().forEach(h -> entries.add(new Entry(consent.id() + ":" + h.at().toEpochMilli(), h.at(),
                    "Image consent", h.sentence(), Map.of())));
            sections.add(new Section(consent.id(), "Image consent", consent.settingId(),
                    settingName(consent.settingId()), entries));
        }
        if (username != null) {
            String staff = username;
            for (DeclarationView d : queries.query(new FindDeclarations(staff, Set.of()),
                    ResponseTypes.multipleInstancesOf(DeclarationView.class)).join()) {
                sections.add(new Section(d.declarationId(), "Staff declaration", d.settingId(), settingName(d.settingId()),
                        List.of(new Entry(d.declarationId() + ":declaration", d.declaredAt(), "Declared",
                                d.summary() == null ? "" : d.summary(), Map.of()))));
            }
            for (LowLevelConcernsView c : queries.query(new FindLowLevelConcerns(settings, null),
                    ResponseTypes.multipleInstancesOf(LowLevelConcernsView.class)).join()) {
                if (!staff.equals(c.staffUsername())) {
                    continue;
                }
                List<Entry> entries = new ArrayList<>();
                c.concerns().forEach(k -> entries.add(new Entry(c.id() + ":" + k.incidentId(), null,
                        "Low-level concern", k.summary() == null ? "" : k.summary(), Map.of())));
                sections.add(new Section(c.id(), "Low-level concerns", c.settingId(), settingName(c.settingId()),
                        entries));
            }
        }
        sections.add(reads(sections.stream().filter(s -> s.title().startsWith("Case ")).toList(), staffNames));
        return new Found(request.personId(), request.personName(), sections, cases, Math.max(0, everywhere - cases));
    }

    /** Who read the person's cases, and when: the audit trail's READ entries of each. */
    private Section reads(List<Section> caseSections, Map<String, String> staffNames) {
        List<Entry> entries = new ArrayList<>();
        for (Section section : caseSections) {
            for (AuditEntry e : audit.find(new AuditSearch.Filter(section.key(), null, AuditKind.READ, null, null),
                    AuditSearch.Scope.all(), 0, MOST_READS).items()) {
                if (e.details() != null && e.details().contains(COMPILING)) {
                    continue; // a read made to answer a request is not a read of the person's records as such
                }
                String reader = e.actor() == null ? "someone" : staffNames.computeIfAbsent(e.actor(),
                        u -> accounts.find(u).map(TidemarkUser::displayName).orElse(u));
                Map<String, String> others = new LinkedHashMap<>();
                others.put(reader, "a member of staff");
                entries.add(new Entry(section.key() + ":read:" + e.position(), e.at(), "Read",
                        reader + " read the record of " + section.title().replaceFirst("^Case", "case"),
                        others));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return new Section("reads", "Who read these records", null, null, entries);
    }

    private String settingName(String settingId) {
        return settingId == null ? null : accounts.findSetting(settingId).map(Setting::name).orElse(null);
    }
}
