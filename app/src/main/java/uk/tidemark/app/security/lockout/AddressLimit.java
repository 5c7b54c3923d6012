package uk.tidemark.app.security.lockout;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Failed sign-ins per client address: a Bucket4j token bucket per address, in the relational store so that every
 * instance takes from the same one ({@link JdbcBuckets}). Every refused sign-in takes a token; an address whose
 * bucket is empty is refused before its password is even checked, until tokens come back (decision 0025).
 *
 * <p><b>The address</b> is the request's remote address as Tomcat sees it under
 * {@code server.forward-headers-strategy=native}: the client named in {@code X-Forwarded-For} when the connection
 * comes from a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}), otherwise the peer of the
 * connection itself. An IPv6 address counts by its /64 network, which is what one subscriber is given: counting
 * each of its 2^64 addresses apart would let one client spread its failures over as many buckets as it likes.
 */
@Component
public class AddressLimit {

    private static final Logger log = LoggerFactory.getLogger(AddressLimit.class);

    private final JdbcBuckets buckets;
    private final BucketConfiguration configuration;

    AddressLimit(JdbcTemplate jdbc, AddressLimitProperties properties) {
        // a row can go once its bucket would have been full again for a minute: it then holds nothing to remember
        this.buckets = new JdbcBuckets(jdbc, ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.failures())
                        .refillGreedy(properties.failures(), properties.period()))
                .build();
    }

    /** Whether the address has used up its failed sign-ins for now. */
    public boolean exhausted(String address) {
        // an address that has not failed lately has no row, and its bucket would be full: no need to make one
        return buckets.holds(keyFor(address)) && bucket(address).getAvailableTokens() <= 0;
    }

    /** How long until the address may fail again (at least a second). */
    public Duration retryAfter(String address) {
        long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Duration.ofNanos(Math.max(nanos, 1_000_000_000L)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Counts a refused sign-in from the address. */
    public void failed(String address) {
        if (!bucket(address).tryConsume(1)) {
            // no address: it is personal data, and the count of these says enough
            log.debug("A sign-in was refused from a client address that had used up its failures");
        }
    }

    private BucketProxy bucket(String address) {
        return buckets.builder().build(keyFor(address), () -> configuration);
    }

    private static String keyFor(String address) {
        return "address:" + keyOf(address);
    }

    /**
     * What the limit counts by: an IPv4 address as it is, an IPv6 address by its /64 network (written as the
     * first four groups and {@code ::/64}), and anything that is not an address literal as itself, cut short.
     */
    public static String keyOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') >= 0 && literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':'
                || c == '.')) {
            try {
                byte[] bytes = InetAddress.getByName(literal).getAddress(); // a literal: no name is looked up
                if (bytes.length == 16) {
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return key.append(":/64").toString();
                }
                return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped address, as IPv4
            } catch (UnknownHostException notAnAddress) {
                // fall through: counted as given
            }
        }
        String key = literal.toLowerCase(Locale.ROOT);
        return key.length() > 80 ? key.substring(0, 80) : key;
    }
}
