package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates in past years, for audits of old cases. Every expected date was counted by hand on a paper calendar from
 * the facts in kz-calendar.md and the sources named in the year files; the comment of each row is that count.
 * Receipts before 1 March 2024 carry the UTC+6 offset Almaty had then.
 */
class HistoricalDueDateTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("2024 after the correction: Sat 4 May worked, Wed 8 May off, Mon 17 June worked")
    @CsvSource({
            // registered Thu 2 May; 3 WD: Fri 3 (1), Sat 4 worked (2), Mon 6 (3). The old file gave Wed 8 May.
            "BAILIFF_REQUEST, 2024-05-02T10:00:00+05:00, 2024-05-06",
            // registered Mon 6 May; 7, 8, 9 off; Fri 10 (1), Mon 13 (2), Tue 14 (3). The old file gave 13 May.
            "BAILIFF_REQUEST, 2024-05-06T10:00:00+05:00, 2024-05-14",
            // registered Fri 14 June; weekend; Mon 17 (1), Tue 18 (2), Wed 19 (3). The old file gave 20 June.
            "BAILIFF_REQUEST, 2024-06-14T10:00:00+05:00, 2024-06-19",
            // old rule set, 15 WD from receipt on Mon 10 June: 11-14 (1-4), 17-21 (5-9), 24-28 (10-14), Mon 1 July (15)
            "APPLICATION,     2024-06-10T10:00:00+05:00, 2024-07-01"})
    void year2024(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
        assertThat(CLOCK.dueDate(kind, received.toInstant())).isEqualTo(due);
    }
}
