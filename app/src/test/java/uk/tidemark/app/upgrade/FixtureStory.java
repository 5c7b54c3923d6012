package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import uk.tidemark.app.upgrade.UpgradeClient.Reply;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The history a fixture holds beyond the demo's own, told through the HTTP API by the demo's people in their roles:
 * incidents through triage, warnings, escalation to the police and referrals to agencies, one closed and one left
 * new; HR disciplinary cases (one opened by HR, one by a DSL's referral); complaints (one formal, one redirected
 * from an incident); a new DSL created by the administrator, confirmed by the headteacher, who sets up a second
 * factor and chooses a password at their first sign-in; a demo user's own password change; a role grant left
 * waiting; a timescale and a calendar day changed; a notification read. Deadlines are set far ahead (a warning due
 * at the end of 2099), near ahead, and, in the second run, long overdue.
 */
final class FixtureStory {

    static final String RIVERSIDE = "riverside-primary";
    /** The new DSL: not a demo user, so their second factor is asked for even on the loopback address. */
    static final String NEW_DSL = "r.patel";
    static final String NEW_DSL_GIVEN_PASSWORD = "kestrel harbour given once 4";
    static final String NEW_DSL_PASSWORD = "orchard violet copper kettle 82";
    /** A demo user who changed their password. */
    static final String CHANGED = "dsl-b";
    static final String CHANGED_PASSWORD = "lantern meadow quiet amber 51";
    /** The far deadline's date: always in the future for the fixture's readers. */
    static final LocalDate FAR_DUE = LocalDate.of(2099, 12, 31);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The story's cases and other ids, by role in the story (written to the manifest). */
    final Map<String, String> ids = new LinkedHashMap<>();
    /** The new DSL's second-factor secret, base32 (test data only). */
    String newDslSecret;

    void tell(RunningTidemark app) {
        UpgradeClient staff = app.demoUser("staff");
        UpgradeClient dsl = app.demoUser("dsl");
        UpgradeClient deputy = app.demoUser("deputy");
        UpgradeClient hr = app.demoUser("hr");
        UpgradeClient head = app.demoUser("head");
        UpgradeClient admin = app.demoUser("admin");

        // A: reported by a member of staff, triaged, acted on, two warnings (one due at the end of 2099), a complaint
        String warned = staff.post("/api/incidents", incident("CYBERBULLYING", "INSTAGRAM",
                "Comments about a Year 5 pupil on a public account.", "Pupil Ava", "PUPIL", "TARGET",
                "Account holder", "MEMBER_OF_PUBLIC")).id();
        ids.put("warnedIncident", warned);
        String i = "/api/incidents/" + warned;
        dsl.post(i + "/triage", Map.of("severity", "MEDIUM", "reason", "Repeated comments")).ok();
        dsl.post(i + "/content-actions", Map.of("action", "REPORTED_TO_PLATFORM", "reference", "IG-2291")).ok();
        dsl.post(i + "/notes", Map.of("text", "Spoke to the class teacher.")).ok();
        dsl.post(i + "/evidence", Map.of("description", "Screenshot of the comments", "sha256", "b".repeat(64),
                "capturedAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .ok();
        String subject = personOf(dsl, warned, "SUBJECT");
        ids.put("farWarning", dsl.post(i + "/warnings", Map.of("personId", subject, "kind", "REMOVAL_REQUEST",
                "channel", "LETTER", "text", "Please remove the posts.", "responseDueBy", FAR_DUE.toString()))
                .ok().json().path("warningId").asText());
        String near = dsl.post(i + "/warnings", Map.of("personId", subject, "kind", "WRITTEN", "channel", "EMAIL",
                "text", "A written warning.")).ok().json().path("warningId").asText();
        dsl.post(i + "/warnings/" + near + "/response", Map.of("response", "COMPLIED")).ok();
        ids.put("redirectedComplaint", dsl.post(i + "/complaint-referral", Map.of("channel", "EMAIL",
                "complainant", "A parent", "summary", "About the comments.")).id());

        // B: escalated to the police, referred to CEOP (follow-up pending) and to POSH (acknowledged)
        String escalated = dsl.post("/api/incidents", incident("INAPPROPRIATE_CONTACT", "SNAPCHAT",
                "Messages asking a pupil for photographs.", "Pupil Ben", "PUPIL", "TARGET", "Unknown adult",
                "UNKNOWN")).id();
        ids.put("escalatedIncident", escalated);
        String e = "/api/incidents/" + escalated;
        dsl.post(e + "/triage", Map.of("severity", "HIGH", "reason", "Grooming indicators")).ok();
        dsl.post(e + "/police-escalation", Map.of("reason", "INDECENT_IMAGES", "force", "Kent Police")).ok();
        dsl.post(e + "/police-updates", Map.of("status", "Investigating", "note", "An officer called.")).ok();
        dsl.post(e + "/referrals", Map.of("agency", "CEOP", "reason", "Online grooming")).ok();
        String posh = dsl.post(e + "/referrals", Map.of("agency", "POSH", "reason", "Advice")).id();
        dsl.post(e + "/referrals/" + posh + "/acknowledgement", Map.of("reference", "POSH-77")).ok();

        // C: a member of staff over the harm threshold: the LADO, then HR (a case opened by the referral policy)
        String allegation = dsl.post("/api/incidents", incident("STAFF_MISUSE", "WHATSAPP",
                "Private messages from a teaching assistant to a pupil.", "Pupil Cara", "PUPIL", "TARGET",
                "Teaching assistant", "STAFF")).id();
        ids.put("allegationIncident", allegation);
        String a = "/api/incidents/" + allegation;
        dsl.post(a + "/triage", Map.of("severity", "CRITICAL", "reason", "Messages to a pupil",
                "allegationRoute", "HARM_THRESHOLD")).ok();
        dsl.post(a + "/referrals", Map.of("agency", "LADO", "reason", "Harm threshold met")).ok();
        String referredHr = dsl.post(a + "/disciplinary-referral", Map.of("personId", personOf(dsl, allegation,
                "SUBJECT"), "teacher", false, "concernsHarmToChildren", true, "allegation",
                "Private messages to a pupil.")).id();
        ids.put("referredHrCase", referredHr);

        // D: triaged and closed; E: reported by the deputy and left new
        String closed = dsl.post("/api/incidents", incident("OFFENSIVE_CONTENT", "TIKTOK",
                "An offensive video naming the school.", "The school", "UNKNOWN", "TARGET", "Former pupil",
                "MEMBER_OF_PUBLIC")).id();
        ids.put("closedIncident", closed);
        dsl.post("/api/incidents/" + closed + "/triage", Map.of("severity", "LOW", "reason", "Removed quickly")).ok();
        dsl.post("/api/incidents/" + closed + "/close", Map.of("outcome", "CONTENT_REMOVED",
                "rationale", "The platform removed the video.")).ok();
        ids.put("newIncident", deputy.post("/api/incidents", incident("DEFAMATION", "FACEBOOK",
                "A post about a member of staff.", "Class teacher", "STAFF", "TARGET", "A parent",
                "PARENT_CARER")).id());

        // HR: a case opened by HR up to its hearing, 30 days ahead; the referred one gets an investigator
        String hrCase = hr.post("/api/disciplinary-cases", Map.of("settingId", RIVERSIDE, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation",
                "Posts about parents on a public account.")).id();
        ids.put("hrCase", hrCase);
        String d = "/api/disciplinary-cases/" + hrCase;
        hr.post(d + "/investigator", Map.of("investigator", "Deputy head")).ok();
        hr.post(d + "/findings", Map.of("findings", "The posts were made from the employee's account.")).ok();
        hr.post(d + "/hearing-invitation", Map.of("hearingOn", LocalDate.now(UK).plusDays(30).toString(),
                "rightToBeAccompaniedStated", true)).ok();
        awaitOk(hr, "/api/disciplinary-cases/" + referredHr);
        hr.post("/api/disciplinary-cases/" + referredHr + "/investigator", Map.of("investigator", "Headteacher"))
                .ok();

        // complaints: one recorded (with an Idempotency-Key) and taken to the formal stage
        String complaint = dsl.post("/api/complaints", Map.of("channel", "LETTER", "complainant", "A Parent",
                "summary", "About how a concern was handled."), Map.of("Idempotency-Key",
                "\"" + UUID.randomUUID() + "\"")).id();
        ids.put("formalComplaint", complaint);
        dsl.post("/api/complaints/" + complaint + "/acknowledgement", null).ok();
        dsl.post("/api/complaints/" + complaint + "/formal-stage", Map.of("reason", "Not resolved informally"))
                .ok();

        // accounts: a new DSL, confirmed by the headteacher; their first sign-in sets up the second factor and
        // their own password; then they work on a case
        admin.post("/api/admin/users", Map.of("username", NEW_DSL, "displayName", "Rani Patel", "password",
                NEW_DSL_GIVEN_PASSWORD, "roles", List.of("DSL"), "settingIds", List.of(RIVERSIDE))).ok();
        String grant = waitingGrant(head, NEW_DSL);
        head.post("/api/role-grants/" + grant + "/confirm", null).ok();
        UpgradeClient newDsl = new UpgradeClient(app.baseUrl());
        Reply password = newDsl.signInOnTheWeb(NEW_DSL, NEW_DSL_GIVEN_PASSWORD);
        assertThat(password.location()).as("the second factor after the password: %s", password)
                .contains("/login/second-factor");
        newDslSecret = newDsl.setUpSecondFactor();
        newDsl.post("/api/me/password", Map.of("currentPassword", NEW_DSL_GIVEN_PASSWORD,
                "newPassword", NEW_DSL_PASSWORD)).ok();
        newDsl.post(i + "/notes", Map.of("text", "Met the pupil's parents.")).ok();

        // a demo user changes their own password
        app.demoUser(CHANGED).post("/api/me/password", Map.of("currentPassword", RunningTidemark.DEMO_PASSWORD,
                "newPassword", CHANGED_PASSWORD)).ok();

        // a grant left waiting: the deputy to Hillview Academy as well (no headteacher there: an administrator
        // other than the one who asked must confirm it)
        admin.post("/api/admin/users/deputy/access", Map.of("roles", List.of("DEPUTY_DSL"), "settingIds",
                List.of(RIVERSIDE, "hillview-academy"))).ok();
        ids.put("waitingGrant", waitingGrant(admin, "deputy"));

        // administration: a timescale and a closed day
        admin.post("/api/admin/timescales", Map.of("property", "tidemark.complaints.acknowledge-days", "value", 6))
                .ok();
        admin.post("/api/admin/calendar", Map.of("date", closedDay().toString(), "kind", "CLOSED",
                "reason", "INSET day")).ok();

        // a notification read, and the audit trail checked
        JsonNode inbox = dsl.get("/api/notifications").ok().json();
        assertThat(inbox.size()).as("the DSL's inbox (missed deadlines of the demo)").isPositive();
        dsl.post("/api/notifications/" + inbox.path(0).path("notificationId").asText() + "/read", null).ok();
        assertThat(admin.get("/api/audit/verify").ok().json().path("valid").asBoolean()).isTrue();
    }

    /** In the second run, with the clock ten days back: a concern whose first response is overdue at once. */
    void reportOverdue(RunningTidemark app) {
        ids.put("overdueIncident", app.demoUser("staff").post("/api/incidents", incident("CYBERBULLYING",
                "ROBLOX", "Messages in a game chat.", "Pupil Dev", "PUPIL", "TARGET", "Another player",
                "UNKNOWN")).id());
    }

    private static Map<String, Object> incident(String category, String platform, String summary, String target,
                                                String targetRole, String targetInvolvement, String subject,
                                                String subjectRole) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("platform", platform);
        body.put("occurredAt", Clock.systemUTC().instant().minus(11, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", summary);
        body.put("links", List.of("https://example.org/post/" + UUID.randomUUID()));
        body.put("people", List.of(Map.of("name", target, "role", targetRole, "involvement", targetInvolvement),
                Map.of("name", subject, "role", subjectRole, "involvement", "SUBJECT")));
        body.put("immediateRisk", false);
        return body;
    }

    private static String personOf(UpgradeClient client, String caseId, String involvement) {
        for (JsonNode p : client.get("/api/incidents/" + caseId).ok().json().path("people")) {
            if (p.path("involvement").asText().equals(involvement)) {
                return p.path("personId").asText();
            }
        }
        throw new AssertionError("no " + involvement + " on " + caseId);
    }

    /** A case opened by a referral appears a moment after the referral is answered. */
    private static void awaitOk(UpgradeClient client, String path) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get(path).status() == 200);
    }

    private static String waitingGrant(UpgradeClient client, String username) {
        for (JsonNode g : client.get("/api/role-grants").ok().json()) {
            if (g.path("username").asText().equals(username) && g.path("status").asText().equals("PENDING")) {
                return g.path("grantId").asText();
            }
        }
        throw new AssertionError("no grant waiting for " + username);
    }

    /** A Tuesday two months or more ahead, away from Christmas and New Year (never an English bank holiday). */
    private static LocalDate closedDay() {
        LocalDate day = LocalDate.now(UK).plusDays(60);
        while (day.getDayOfWeek() != DayOfWeek.TUESDAY
                || (day.getMonthValue() == 12 && day.getDayOfMonth() >= 20)
                || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 5)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
