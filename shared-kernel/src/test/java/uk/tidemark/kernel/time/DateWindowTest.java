package uk.tidemark.kernel.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateWindowTest {

    @Test
    void theWindowIsTheTwentiethAndTwentyFirstCenturiesInclusive() {
        assertThat(DateWindow.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(DateWindow.contains(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(DateWindow.contains(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(DateWindow.contains(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(DateWindow.contains(LocalDate.MIN)).isFalse();
        assertThat(DateWindow.contains(LocalDate.MAX)).isFalse();
        assertThat(DateWindow.contains((LocalDate) null)).isFalse();
    }

    @Test
    void theRefusalSaysTheWindowAsItIs() {
        assertThat(DateWindow.OUTSIDE).isEqualTo("must be between " + DateWindow.FIRST_DAY + " and "
                + DateWindow.LAST_DAY + ".");
    }

    @Test
    void anInstantIsInsideWhenItsUtcDateIs() {
        assertThat(DateWindow.contains(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
        assertThat(DateWindow.contains(Instant.parse("2100-12-31T23:59:59.999999999Z"))).isTrue();
        assertThat(DateWindow.contains(Instant.parse("1899-12-31T23:59:59.999Z"))).isFalse();
        assertThat(DateWindow.contains(Instant.parse("2101-01-01T00:00:00Z"))).isFalse();
        assertThat(DateWindow.contains(Instant.parse("-300000000-01-01T00:00:00Z"))).isFalse();
        assertThat(DateWindow.contains(Instant.MIN)).isFalse();
        assertThat(DateWindow.contains(Instant.MAX)).isFalse();
        assertThat(DateWindow.contains(Instant.EPOCH)).isTrue();
    }

    @Test
    void aRefusalNamesTheFieldAndAnAbsentDatePasses() {
        assertThatThrownBy(() -> DateWindow.require("hearingOn", LocalDate.MAX))
                .isInstanceOfSatisfying(DateRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("hearingOn");
                    assertThat(e.detail()).isEqualTo("must be between 1900-01-01 and 2100-12-31.");
                });
        assertThatThrownBy(() -> DateWindow.require("occurredAt", Instant.parse("-300000000-01-01T00:00:00Z")))
                .isInstanceOf(DateRefusedException.class).hasMessageStartingWith("occurredAt must be between");
        DateWindow.require("responseDueBy", (LocalDate) null);
        DateWindow.require("capturedAt", (Instant) null);
        DateWindow.require("heldOn", LocalDate.of(2026, 3, 2));
    }
}
