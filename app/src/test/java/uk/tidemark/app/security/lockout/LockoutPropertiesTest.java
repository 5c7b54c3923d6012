package uk.tidemark.app.security.lockout;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPropertiesTest {

    @Test
    void eachLockInARowLastsTwiceAsLongUpToTheLongest() {
        LockoutProperties lockout = new LockoutProperties(5, Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(lockout.lockNumber(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(lockout.lockNumber(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(lockout.lockNumber(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(lockout.lockNumber(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(lockout.lockNumber(7)).isEqualTo(Duration.ofHours(1));
        assertThat(lockout.lockNumber(1000)).isEqualTo(Duration.ofHours(1));
    }
}
