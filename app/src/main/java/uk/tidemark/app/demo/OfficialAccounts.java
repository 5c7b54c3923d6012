package uk.tidemark.app.demo;

import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.command.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The official accounts register of the demo (issue 18): Riverside Primary's Instagram account, approved in the
 * spring, whose parent volunteer moderator stepped down last week and whose password change, due the next working
 * day, was never recorded (so the demo starts with it missed); and the PE department's YouTube channel, asked for
 * by the deputy and waiting for the headteacher. Every name is invented.
 */
final class OfficialAccounts implements DemoStory {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();

    private final String label;
    private final BiFunction<Instant, OfficialAccountId, List<Step>> planner;

    private OfficialAccounts(String label, BiFunction<Instant, OfficialAccountId, List<Step>> planner) {
        this.label = label;
        this.planner = planner;
    }

    static List<DemoStory> all() {
        return List.of(new OfficialAccounts(RIVERSIDE + ", Instagram", OfficialAccounts::instagram),
                new OfficialAccounts(RIVERSIDE + ", YouTube", OfficialAccounts::youtube));
    }

    @Override
    public String kind() {
        return "official account";
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        return planner.apply(now, OfficialAccountId.random());
    }

    private static List<Step> instagram(Instant now, OfficialAccountId id) {
        Steps s = new Steps(now);
        LocalDate asked = OfficeHours.weekdayFrom(OfficeHours.daysBefore(now, 230));
        s.on(asked).add("staff", "request", new RequestOfficialAccount(id, RIVERSIDE, Platform.INSTAGRAM,
                "@riversideprimary", "https://www.instagram.com/riversideprimary", "Share pupils' work, trips "
                        + "and events with families, following the image consent list.",
                "Parents and carers of Riverside Primary, and the village", "staff",
                "Tom Brierley (Class teacher, Riverside Primary)",
                "School password manager, shared vault 'Comms'; the recovery codes in the office safe."));
        s.on(asked.plusDays(3)).add("head", "approval", new ApproveOfficialAccount(id,
                "Approved: posts follow the photo consent list, comments stay switched off."));
        s.add("staff", "moderator", new AddAccountPerson(id, "demo-mod-1", null, "Ellie Marsh (parent volunteer)",
                AccountRole.MODERATOR, asked.minusMonths(5)));
        s.add("staff", "moderator", new AddAccountPerson(id, "demo-mod-2", "deputy",
                "Sam Whitlock (Deputy DSL, Riverside Primary)", AccountRole.MODERATOR, asked.minusYears(2)));
        LocalDate changed = OfficeHours.weekdayFrom(OfficeHours.daysBefore(now, 90));
        s.on(changed).add("staff", "password change", new RecordPasswordChanged(id, changed));
        // last week: the volunteer stepped down; nobody has recorded the password change since
        s.on(OfficeHours.weekdayFrom(OfficeHours.daysBefore(now, 7))).add("staff", "removal",
                new RemoveAccountPerson(id, "demo-mod-1", "Stepped down from the PTA and as a moderator.", "head"));
        return s.steps;
    }

    private static List<Step> youtube(Instant now, OfficialAccountId id) {
        Steps s = new Steps(now);
        s.on(OfficeHours.weekdayFrom(OfficeHours.daysBefore(now, 3))).add("deputy", "request",
                new RequestOfficialAccount(id, RIVERSIDE, Platform.YOUTUBE, "Riverside PE",
                        "https://www.youtube.com/@riversidepe", "Short videos of PE skills for pupils to practise "
                                + "at home; no pupil's face or name.", "Pupils of Years 3 to 6 and their families",
                        "deputy", "Sam Whitlock (Deputy DSL, Riverside Primary)",
                        "School password manager, vault 'PE'"));
        return s.steps;
    }

    /** The steps of one account, each on a weekday in office hours, in order. */
    private static final class Steps {
        final List<Step> steps = new ArrayList<>();
        private final Instant now;
        private LocalDate date;
        private Instant previous;

        Steps(Instant now) {
            this.now = now;
        }

        Steps on(LocalDate day) {
            date = day;
            return this;
        }

        Steps add(String actor, String what, Object command) {
            previous = OfficeHours.at(date, steps.size(), previous, now);
            steps.add(new Step(actor, command, what, previous));
            return this;
        }
    }
}
