package kz.appeals.clock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("APPC art. 64(3): registration on the day of receipt or the next working day")
class RegistrationTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    @ParameterizedTest(name = "received {0} -> registered {1}")
    @CsvSource({
            "2025-03-17T09:00:00+05:00, 2025-03-17",  // Monday morning
            "2024-12-31T18:29:00+05:00, 2024-12-31",  // a minute before 18:30
            "2026-12-31T12:00:00+05:00, 2026-12-31",  // Thursday, last day of the year
            "2025-03-17T13:29:00Z,      2025-03-17",  // 18:29 in Almaty given in UTC
            "2025-01-05T10:00:00+05:00, 2025-01-05"}) // Sunday made a working day
    void appealReceivedOnAWorkingDayBeforeTheEndOfWorkingHoursIsRegisteredTheSameDay(OffsetDateTime received,
                                                                                    LocalDate registered) {
        assertThat(CLOCK.registration(received.toInstant()).registeredOn()).isEqualTo(registered);
    }

    @ParameterizedTest(name = "received {0} -> registered {1}")
    @CsvSource({
            "2024-12-31T18:30:00+05:00, 2025-01-05",  // 1-2 Jan holidays, 3 Jan transfer, Sat 4, Sun 5 worked
            "2025-03-17T13:30:00Z,      2025-03-18",  // 18:30 in Almaty given in UTC
            "2025-01-03T10:00:00+05:00, 2025-01-05",  // Friday made a day off
            "2025-03-21T09:00:00+05:00, 2025-03-26",  // Nauryz Fri 21, weekend, substitutes 24 and 25
            "2026-05-26T20:00:00+05:00, 2026-05-28",  // evening before Kurban Ait
            "2025-12-31T19:00:00+05:00, 2026-01-05"}) // New Year's Eve evening
    void appealReceivedAfterHoursOrOnADayOffIsRegisteredOnTheNextWorkingDay(OffsetDateTime received,
                                                                           LocalDate registered) {
        assertThat(CLOCK.registration(received.toInstant()).registeredOn()).isEqualTo(registered);
    }

    @Test
    void endOfWorkingHoursIsASetting() {
        StatutoryClock clock = StatutoryClock.create(ClockSettings.defaults().withEndOfWorkingDay(LocalTime.of(18, 0)));
        Registration registration = clock.registration(Instant.parse("2025-03-17T13:10:00Z"));
        assertThat(registration.registeredOn()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(registration.reason()).contains("18:10").contains("18:00").contains("64(3)");
    }

    @ParameterizedTest(name = "received {0} at a body closing at {1} -> registered {2}")
    @DisplayName("APPC art. 64(3): each body's own end of working hours (issue 12, item 12)")
    @CsvSource({
            "2026-03-17T19:00:00+05:00, 20:00, 2026-03-17",  // Tue 17 Mar, a centre open to 20:00: same day
            "2026-03-17T19:00:00+05:00, 18:30, 2026-03-18",  // the same minute at a body closing at 18:30: Wed
            "2026-03-17T20:00:00+05:00, 20:00, 2026-03-18",  // at 20:00 the centre is closed: Wed 18 Mar
            "2026-03-20T19:30:00+05:00, 20:00, 2026-03-20",  // Fri 20 Mar, open to 20:00: same day
            "2026-03-20T20:15:00+05:00, 20:00, 2026-03-26",  // Fri 20 after hours: weekend, Nauryz 23-25, Thu 26
            "2026-03-17T17:59:00+05:00, 18:00, 2026-03-17"}) // a body closing at 18:00, a minute before
    void registrationUsesTheEndOfWorkingHoursOfTheBody(OffsetDateTime received, LocalTime endOfWorkingDay,
                                                       LocalDate registered) {
        Registration registration = CLOCK.registration(received.toInstant(), endOfWorkingDay);
        assertThat(registration.registeredOn()).isEqualTo(registered);
        assertThat(registration.reason()).contains(endOfWorkingDay.toString());
        assertThat(CLOCK.reviewDueDate(AppealKind.APPLICATION, received.toInstant(), BodyLevel.CENTRAL,
                endOfWorkingDay).registeredOn()).isEqualTo(registered);
    }

    @Test
    void registrationNamesTheDayOffItSkippedAndTheCalendarVersions() {
        Registration registration = CLOCK.registration(Instant.parse("2025-12-31T14:00:00Z"));
        assertThat(registration.receivedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(registration.calendarVersion()).isEqualTo("kz-2025@2026-11-21+kz-2026@2026-11-21");
        assertThat(CLOCK.registration(Instant.parse("2025-03-22T05:00:00Z")).reason()).contains("Nauryz meyramy");
    }
}
