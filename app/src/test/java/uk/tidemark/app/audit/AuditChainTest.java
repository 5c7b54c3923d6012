package uk.tidemark.app.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canonical form and the chain's hash, against values computed outside Java (Python's hashlib over the bytes
 * decision 0011 describes): anyone can re-implement the verifier from the documentation.
 */
class AuditChainTest {

    private static final AuditEntry READ = new AuditEntry(1, Instant.parse("2026-01-02T03:04:05.006Z"), "READ", "dsl",
            "INCIDENT", "c-1", "s-1", "GET /api/incidents/{id}", "{\"view\":\"FULL\"}", null, AuditChain.GENESIS, null);

    @Test
    void theCanonicalBytesAreTheFieldsInKeyOrderWithoutTheHashes() {
        assertThat(new String(AuditChain.canonical(READ), StandardCharsets.UTF_8)).isEqualTo(
                "{\"actor\":\"dsl\",\"at\":\"2026-01-02T03:04:05.006Z\",\"caseId\":\"c-1\",\"caseType\":\"INCIDENT\","
                        + "\"details\":\"{\\\"view\\\":\\\"FULL\\\"}\",\"eventId\":null,\"kind\":\"READ\",\"position\":1,"
                        + "\"settingId\":\"s-1\",\"what\":\"GET /api/incidents/{id}\"}");
    }

    @Test
    void eachHashCoversThePreviousHashAndTheEntry() {
        String first = AuditChain.hash(AuditChain.GENESIS, READ);
        assertThat(first).isEqualTo("4561418a316bfed961c4ab8de646e02aea2e8868b92cfa9afcaeeb2aae977910");
        AuditEntry failed = new AuditEntry(2, Instant.parse("2026-01-02T03:04:05.100Z"), "SIGN_IN_FAILED", null, null,
                null, null, "BASIC", "{\"knownAccount\":false,\"reason\":\"BAD_CREDENTIALS\"}", null, first, null);
        assertThat(AuditChain.hash(first, failed))
                .isEqualTo("eebef407f954d470462af55e0ec33e88daa55b4282b27fe3bb049c53bd40f458");
        // the same entry after another previous hash is another hash
        assertThat(AuditChain.hash(AuditChain.GENESIS, failed)).isNotEqualTo(AuditChain.hash(first, failed));
    }

    @Test
    void oneCharacterChangedChangesTheHash() {
        AuditEntry changed = new AuditEntry(1, READ.at(), "READ", "dsm", "INCIDENT", "c-1", "s-1", READ.what(),
                READ.details(), null, AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, changed)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, READ));
        AuditEntry oneMillisecondLater = new AuditEntry(1, READ.at().plusMillis(1), "READ", "dsl", "INCIDENT", "c-1",
                "s-1", READ.what(), READ.details(), null, AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, oneMillisecondLater))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, READ));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesOnlyWhatJsonNeeds() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", List.of(1, 2L, true));
        object.put("a", "quote \" backslash \\ newline \n tab \t é");
        object.put("m", Map.of("b", 2, "a", "x"));
        object.put("n", null);
        assertThat(CanonicalJson.write(object)).isEqualTo(
                "{\"a\":\"quote \\\" backslash \\\\ newline \\u000a tab \\u0009 é\",\"m\":{\"a\":\"x\",\"b\":2},"
                        + "\"n\":null,\"z\":[1,2,true]}");
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAreMillisecondsWithThreeDigitsAlways() {
        assertThat(AuditChain.AT.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(AuditChain.truncate(Instant.parse("2026-01-02T03:04:05.123456789Z")))
                .isEqualTo(Instant.parse("2026-01-02T03:04:05.123Z"));
    }

    @Test
    void clippingNeverCutsACharacterInTwo() {
        String s = "ab\uD83D\uDE00cd"; // a, b, an emoji as a surrogate pair, c, d
        assertThat(AuditLog.clip(s, 3)).isEqualTo("ab");
        assertThat(AuditLog.clip(s, 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(AuditLog.clip(null, 3)).isNull();
    }
}
