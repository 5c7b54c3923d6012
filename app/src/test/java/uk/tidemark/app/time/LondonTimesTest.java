package uk.tidemark.app.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import uk.tidemark.app.time.LondonTimes;

/** A page can show any date the read side holds: the window's, the store's extremes, and beyond (decision 0027). */
class LondonTimesTest {

    @Test
    void timesAreShownInLondon() {
        assertThat(LondonTimes.format(Instant.parse("2026-03-03T09:00:00Z"))).isEqualTo("Tue 3 Mar 2026 09:00");
        assertThat(LondonTimes.format(Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo("Wed 1 Jul 2026 10:00");
        assertThat(LondonTimes.format(null)).isEmpty();
    }

    @Test
    void anyInstantCanBeShown() {
        for (Instant at : new Instant[]{Instant.MIN, Instant.MAX, Instant.ofEpochMilli(Long.MIN_VALUE),
                Instant.ofEpochMilli(Long.MAX_VALUE), Instant.parse("-300000000-01-01T00:00:00Z"),
                Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2100-12-31T23:59:59Z")}) {
            assertThat(LondonTimes.format(at)).as("%s", at).isNotBlank();
        }
        assertThat(LondonTimes.format(Instant.MAX)).isEqualTo(Instant.MAX.toString());
        // London kept its local mean time then, 1 min 15 s behind GMT: the day before, in the year before
        assertThat(LondonTimes.format(Instant.parse("-300000000-01-01T00:00:00Z"))).contains("-300000001");
    }

    @Test
    void anyDateCanBeShown() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
        assertThat(LondonTimes.show(day, LocalDate.MAX)).isEqualTo("31 December +999999999");
        assertThat(LondonTimes.show(day, LocalDate.MIN)).isEqualTo("1 January -999999999");
        assertThat(LondonTimes.show(day, (LocalDate) null)).isEmpty();
    }

    @Test
    void datesAreWrittenOutAsPeopleWriteThem() {
        assertThat(LondonTimes.full(LocalDate.of(2026, 12, 11))).isEqualTo("Friday 11 December 2026");
        assertThat(LondonTimes.full(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("Wednesday 1 July 2026");
        assertThat(LondonTimes.fullWithTime(Instant.parse("2026-12-11T17:00:00Z")))
                .isEqualTo("Friday 11 December 2026, 17:00");
        assertThat(LondonTimes.happened(Instant.parse("2026-06-30T23:00:00Z")))
                .isEqualTo("Wednesday 1 July 2026 (time not known)");
        assertThat(LondonTimes.happened(Instant.parse("2026-07-01T08:15:00Z")))
                .isEqualTo("Wednesday 1 July 2026, 09:15");
        assertThat(LondonTimes.full((LocalDate) null)).isEmpty();
        assertThat(LondonTimes.happened(Instant.MAX)).isEqualTo(Instant.MAX.toString());
    }

    @Test
    void briefDatesLeaveOutThisYear() {
        try {
            LondonTimes.useClock(java.time.Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), java.time.ZoneOffset.UTC));
            assertThat(LondonTimes.brief(Instant.parse("2026-12-11T17:00:00Z"))).isEqualTo("11 Dec, 17:00");
            assertThat(LondonTimes.brief(Instant.parse("2025-12-11T17:00:00Z"))).isEqualTo("11 Dec 2025, 17:00");
            assertThat(LondonTimes.brief(LocalDate.of(2026, 3, 9))).isEqualTo("9 Mar");
            assertThat(LondonTimes.brief(LocalDate.of(2027, 3, 9))).isEqualTo("9 Mar 2027");
            assertThat(LondonTimes.brief(Instant.MAX)).isEqualTo(Instant.MAX.toString());
        } finally {
            LondonTimes.useClock(null);
        }
    }

    @Test
    void aRulesSentenceHasItsIsoDatesWrittenOut() {
        assertThat(LondonTimes.writtenOut("the earliest date it can be held is 2026-12-14."))
                .isEqualTo("the earliest date it can be held is Monday 14 December 2026.");
        assertThat(LondonTimes.writtenOut("due 2026-12-11T17:00:00Z, not 2026-02-31"))
                .isEqualTo("due Friday 11 December 2026, 17:00, not 2026-02-31");
        assertThat(LondonTimes.writtenOut("case RP-26-0042")).isEqualTo("case RP-26-0042");
        assertThat(LondonTimes.writtenOut(null)).isNull();
    }
}
