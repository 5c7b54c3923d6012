package uk.tidemark.app.web.register.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.account.AdminAccounts;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The leaver check that makes disabling a user reliable (issue 18): a user disabled while the application could not
 * tell their accounts (here: disabled in the store directly, as if it stopped between the commit and the command)
 * is found by the next check, whose command sets the lead's password change for the next working day; a second
 * check tells nobody again.
 */
@RunningApp
class LeaverChecksTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    LeaverChecks checks;
    @Autowired
    AdminAccounts admin;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aUserDisabledWithoutTheirAccountsBeingToldIsFoundByTheNextCheck() {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "check.moderator",
                "displayName", "Chris Check", "password", "a typed password 1", "roles", List.of("STAFF"),
                "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = api.post(STAFF_A, OfficialAccountController.ROOT, Map.of("platform", "FACEBOOK",
                "handle", "Check School", "address", "https://facebook.com/checkschool", "purpose", "News",
                "audience", "Parents", "leadUsername", STAFF_A)).json().path("id").asText();
        String one = OfficialAccountController.ROOT + "/" + id;
        cases.awaitGet(DSL_A, one, r -> r.status() == 200, "the account");
        assertThat(api.post(HEAD_A, one + "/approval", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, one + "/people", Map.of("username", "check.moderator", "role", "MODERATOR"))
                .status()).isEqualTo(204);
        cases.awaitGet(DSL_A, one, r -> r.json().path("moderators").size() == 1, "the moderator");

        transactions.executeWithoutResult(status -> admin.setEnabled("check.moderator", false));
        assertThat(api.get(DSL_A, "/api/deadlines?kind=ACCOUNT_PASSWORD_CHANGE&caseId=" + id).json()).isEmpty();

        assertThat(checks.check()).isGreaterThanOrEqualTo(1);
        JsonNode due = cases.awaitDeadline(DSL_A, id, "ACCOUNT_PASSWORD_CHANGE", "PENDING", Duration.ofSeconds(15));
        assertThat(due.path("ownerId").asText()).isEqualTo(STAFF_A);
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        assertThat(Instant.parse(due.path("dueAt").asText()))
                .isEqualTo(WorkingCalendar.endOf(calendar.workingDaysAfter(today, 1)).truncatedTo(ChronoUnit.MILLIS));
        JsonNode told = cases.awaitGet(DSL_A, one, r -> r.json().path("moderators").isEmpty(), "the moderator gone");
        assertThat(told.path("history").toString()).contains("their Tidemark account was disabled");

        long stored = cases.storedVersion(id);
        checks.check();
        assertThat(cases.storedVersion(id)).as("a second check tells the account nothing new").isEqualTo(stored);
    }
}
