package uk.tidemark.app.security.lockout;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limit's arithmetic is Bucket4j's; what is Tidemark's is where the buckets live (the relational
 * store, so that several instances count together) and what an address counts as.
 */
class AddressLimitTest {

    @Test
    void twoInstancesOverOneStoreTakeFromTheSameBucket() {
        JdbcTemplate store = store();
        AddressLimitProperties three = new AddressLimitProperties(3, Duration.ofHours(1));
        AddressLimit first = new AddressLimit(store, three);
        AddressLimit second = new AddressLimit(store, three);

        first.failed("192.0.2.1");
        second.failed("192.0.2.1");
        assertThat(first.exhausted("192.0.2.1")).isFalse();
        first.failed("192.0.2.1");
        assertThat(second.exhausted("192.0.2.1")).as("seen by the other instance").isTrue();
        assertThat(second.retryAfter("192.0.2.1")).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
        assertThat(first.exhausted("192.0.2.2")).as("another address").isFalse();
        assertThat(store.queryForList("SELECT bucket_key FROM tidemark_sign_in_bucket", String.class))
                .as("looking makes no row: only failures do").containsExactly("address:192.0.2.1");
    }

    @Test
    void rowsOfBucketsThatAreFullAgainAreDeleted() {
        JdbcTemplate store = store();
        AddressLimit limit = new AddressLimit(store, new AddressLimitProperties(2, Duration.ofMillis(10)));
        limit.failed("192.0.2.1");
        store.update("UPDATE tidemark_sign_in_bucket SET expires_at_ms = 0"); // as if long past
        limit.failed("192.0.2.9");
        assertThat(store.queryForList("SELECT bucket_key FROM tidemark_sign_in_bucket", String.class))
                .containsExactly("address:192.0.2.9");
    }

    @Test
    void anIpv6AddressCountsByItsSlash64AndAnIpv4MappedOneAsIpv4() {
        assertThat(AddressLimit.keyOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(AddressLimit.keyOf("2001:db8:1:2::1")).isEqualTo(AddressLimit.keyOf("[2001:DB8:1:2:ffff::9%eth0]"));
        assertThat(AddressLimit.keyOf("2001:db8:1:3::1")).isNotEqualTo(AddressLimit.keyOf("2001:db8:1:2::1"));
        assertThat(AddressLimit.keyOf("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AddressLimit.keyOf("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AddressLimit.keyOf(null)).isEqualTo("unknown");
        assertThat(AddressLimit.keyOf("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }

    private static JdbcTemplate store() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        // as V65__sign_in_limits.sql makes it
        jdbc.execute("CREATE TABLE tidemark_sign_in_bucket (bucket_key VARCHAR(100) NOT NULL PRIMARY KEY, "
                + "state VARBINARY(4096) NOT NULL, expires_at_ms BIGINT NOT NULL)");
        return jdbc;
    }
}
