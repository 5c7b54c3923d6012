package uk.tidemark.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.AuditFixture.Offline;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Tampering with the trail directly in its table — one byte changed, an entry deleted, two entries swapped — is
 * detected by both the endpoint and the offline verifier, each naming the first bad position. Each test puts the
 * table back afterwards and checks that the chain is whole again.
 */
@RunningApp
class AuditTamperTest {

    private static final String ENTRY = "tidemark_audit_entry";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aTrailToTamperWith() {
        if (audit.auditCount("") >= 12) {
            return;
        }
        String id = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, id, 1);
        api.get(DSL_B, "/api/incidents/" + id);
        while (audit.auditCount("") < 12) {
            api.get(DSL_A, "/api/incidents/" + id + "/chronology"); // a sign-in and a read each
        }
        audit.awaitAudit(2, "kind = 'EVENT' AND case_id = ?", id);
        assertValid();
    }

    @Test
    void oneChangedByteIsFoundAtItsEntry() {
        for (String column : new String[]{"what", "actor", "details", "hash", "prev_hash"}) {
            long position = 5;
            String original = jdbc.queryForObject("SELECT " + column + " FROM " + ENTRY + " WHERE pos = ?", String.class,
                    position);
            assertThat(original).as(column + " of entry " + position).isNotEmpty();
            String changed = flipLastCharacter(original);
            jdbc.update("UPDATE " + ENTRY + " SET " + column + " = ? WHERE pos = ?", changed, position);
            try {
                assertDetectedAt(position);
            } finally {
                jdbc.update("UPDATE " + ENTRY + " SET " + column + " = ? WHERE pos = ?", original, position);
            }
            assertValid();
        }
    }

    @Test
    void aTimeMovedByOneMillisecondIsFound() {
        long position = 4;
        jdbc.update("UPDATE " + ENTRY + " SET occurred_at = DATEADD(MILLISECOND, 1, occurred_at) WHERE pos = ?",
                position);
        try {
            assertDetectedAt(position);
        } finally {
            jdbc.update("UPDATE " + ENTRY + " SET occurred_at = DATEADD(MILLISECOND, -1, occurred_at) WHERE pos = ?",
                    position);
        }
        assertValid();
    }

    @Test
    void aDeletedEntryIsFoundWhereItWas() {
        long position = 7;
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM " + ENTRY + " WHERE pos = ?", position);
        jdbc.update("DELETE FROM " + ENTRY + " WHERE pos = ?", position);
        try {
            assertDetectedAt(position);
        } finally {
            restore(row);
        }
        assertValid();
    }

    @Test
    void theLastEntryCutOffIsFoundByTheHead() {
        long last = jdbc.queryForObject("SELECT last_pos FROM tidemark_audit_head", Long.class);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM " + ENTRY + " WHERE pos = ?", last);
        jdbc.update("DELETE FROM " + ENTRY + " WHERE pos = ?", last);
        try {
            // offline only: a request would append (its sign-in) after the gap
            Offline offline = audit.verifyOffline();
            assertThat(offline.status()).as(offline.out()).isEqualTo(1);
            assertThat(offline.out()).contains("position " + last + " ");
        } finally {
            restore(row);
        }
        assertValid();
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirst() {
        long first = 8;
        long second = 9;
        swap(first, second);
        try {
            assertDetectedAt(first);
        } finally {
            swap(first, second);
        }
        assertValid();
    }

    @Test
    void anEntryOutsideTheChainIsFound() {
        long last = jdbc.queryForObject("SELECT last_pos FROM tidemark_audit_head", Long.class);
        Map<String, Object> copy = jdbc.queryForMap("SELECT * FROM " + ENTRY + " WHERE pos = ?", last);
        long forged = last + 1000;
        copy.put("pos", forged);
        copy.put("event_id", null);
        restore(copy);
        try {
            Offline offline = audit.verifyOffline();
            assertThat(offline.status()).as(offline.out()).isEqualTo(1);
            assertThat(offline.out()).contains("position " + forged + " ");
        } finally {
            jdbc.update("DELETE FROM " + ENTRY + " WHERE pos = ?", forged);
        }
        assertValid();
    }

    private void assertDetectedAt(long position) {
        JsonNode verified = api.get(ADMIN, "/api/audit/verify").json();
        assertThat(verified.path("valid").asBoolean()).as("%s", verified).isFalse();
        assertThat(verified.path("firstInvalid").asLong()).as("%s", verified).isEqualTo(position);
        assertThat(verified.path("entries").asLong()).isEqualTo(position - 1);
        Offline offline = audit.verifyOffline();
        assertThat(offline.status()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out()).startsWith("INVALID: first bad entry at position " + position + " ");
    }

    private void assertValid() {
        JsonNode verified = api.get(ADMIN, "/api/audit/verify").json();
        assertThat(verified.path("valid").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.path("firstInvalid").isNull()).isTrue();
        Offline offline = audit.verifyOffline();
        assertThat(offline.status()).as(offline.out()).isZero();
    }

    /** Swaps two entries' places in the chain: each takes the other's position. */
    private void swap(long a, long b) {
        jdbc.update("UPDATE " + ENTRY + " SET pos = -1 WHERE pos = ?", a);
        jdbc.update("UPDATE " + ENTRY + " SET pos = ? WHERE pos = ?", a, b);
        jdbc.update("UPDATE " + ENTRY + " SET pos = ? WHERE pos = -1", b);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("INSERT INTO " + ENTRY + " (pos, occurred_at, kind, actor, case_type, case_id, setting_id, what, "
                        + "details, event_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("pos"), row.get("occurred_at"), row.get("kind"), row.get("actor"), row.get("case_type"),
                row.get("case_id"), row.get("setting_id"), row.get("what"), row.get("details"), row.get("event_id"),
                row.get("prev_hash"), row.get("hash"));
    }

    private static String flipLastCharacter(String s) {
        char last = s.charAt(s.length() - 1);
        char other = last == 'a' ? 'b' : 'a';
        return s.substring(0, s.length() - 1) + other;
    }
}
