package uk.tidemark.command.officialaccount;

import org.axonframework.test.aggregate.AggregateTestFixture;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.command.RequestOfficialAccount;
import uk.tidemark.kernel.officialaccount.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The official account the fixture tests share: asked for by a teacher, led by another, moderated by a volunteer. */
final class AccountFixtures {

    static final OfficialAccountId ID = OfficialAccountId.of("account-1");
    static final String SETTING = "setting-1";
    static final Map<String, Object> REQUESTER = Map.of("actor", "teacher");
    static final Map<String, Object> HEAD = Map.of("actor", "head");
    static final AccountPerson LEAD = new AccountPerson("lead-comms", "comms", "Casey Comms", AccountRole.LEAD, null);
    static final AccountPerson MODERATOR = new AccountPerson("mod-1", "mod", "Morgan Mod", AccountRole.MODERATOR,
            LocalDate.of(2025, 9, 1));
    static final AccountPerson VOLUNTEER = new AccountPerson("mod-2", null, "Val Volunteer", AccountRole.MODERATOR,
            null);
    /** Monday 2 March 2026, 09:00 in London. */
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    /** Friday 6 March 2026: the next working day is Monday 9 March. */
    static final Instant FRIDAY = Instant.parse("2026-03-06T15:00:00Z");
    /** Thursday 2 April 2026: Good Friday and Easter Monday follow, so the next working day is Tuesday 7 April. */
    static final Instant BEFORE_EASTER = Instant.parse("2026-04-02T15:00:00Z");

    private AccountFixtures() {
    }

    static AggregateTestFixture<OfficialAccountAggregate> fixture() {
        return fixture(OfficialAccountTimescales.DEFAULTS);
    }

    static AggregateTestFixture<OfficialAccountAggregate> fixture(OfficialAccountTimescales timescales) {
        AggregateTestFixture<OfficialAccountAggregate> fixture = new AggregateTestFixture<>(OfficialAccountAggregate.class);
        fixture.registerInjectableResource(timescales);
        fixture.registerInjectableResource(WorkingCalendars.shipped()
                .withSettings(settingId -> CalendarRegion.ENGLAND_AND_WALES));
        return fixture;
    }

    static RequestOfficialAccount request() {
        return new RequestOfficialAccount(ID, SETTING, Platform.INSTAGRAM, "@ourschool",
                "https://instagram.com/ourschool", "Celebrate pupils' work", "Parents and the community", "comms",
                "Casey Comms", "School password manager, vault 'Comms'");
    }

    static OfficialAccountRequested requested() {
        return new OfficialAccountRequested(ID, SETTING, Platform.INSTAGRAM, "@ourschool",
                "https://instagram.com/ourschool", "Celebrate pupils' work", "Parents and the community", LEAD,
                "School password manager, vault 'Comms'", "teacher");
    }

    static OfficialAccountApproved approved() {
        return new OfficialAccountApproved(ID, "head", "Approved for a year", LocalDate.of(2027, 3, 2));
    }

    static AccountPersonAdded moderatorAdded() {
        return new AccountPersonAdded(ID, MODERATOR, LocalDate.of(2028, 9, 1));
    }

    /** An account in {@code state}, with its lead and one moderator. */
    static List<Object> history(OfficialAccountState state) {
        List<Object> events = new ArrayList<>(List.of(requested(), moderatorAdded()));
        switch (state) {
            case REQUESTED -> {
            }
            case ACTIVE -> events.add(approved());
            case REFUSED -> events.add(new OfficialAccountRefused(ID, "head", "Not needed"));
            case CLOSED -> {
                events.add(approved());
                events.add(new OfficialAccountClosed(ID, "No longer used"));
            }
        }
        return events;
    }
}
