package kz.appeals.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The one rounding of instants to PostgreSQL's microseconds, shared by the live writer and the bulk load. */
class StoredInstantTest {

    @Test
    void halfAMicrosecondRoundsUpAsTheLiveModelAlwaysStoredIt() {
        assertThat(StoredInstant.of(Instant.parse("2026-11-26T20:08:50.470132500Z")))
                .isEqualTo(Instant.parse("2026-11-26T20:08:50.470133Z"));
        assertThat(StoredInstant.of(Instant.parse("2026-11-26T20:08:50.470132499Z")))
                .isEqualTo(Instant.parse("2026-11-26T20:08:50.470132Z"));
    }

    @Test
    void roundingCarriesIntoTheNextSecondAndLeavesMicrosecondsAlone() {
        assertThat(StoredInstant.of(Instant.parse("2026-12-31T23:59:59.999999500Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(StoredInstant.of(Instant.parse("2026-03-14T14:00:00.123456Z")))
                .isEqualTo(Instant.parse("2026-03-14T14:00:00.123456Z"));
    }
}
