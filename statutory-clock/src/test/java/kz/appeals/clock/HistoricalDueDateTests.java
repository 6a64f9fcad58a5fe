package kz.appeals.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("2021: Sat 3 July worked, Mon 5 July off, Kurban Ait Tue 20 July, 1 and 16-17 December off")
    @CsvSource({
            // old rule set, 15 WD from receipt on Thu 1 July: Fri 2 (1), Sat 3 (2), 5 and 6 off, 7-9 (3-5),
            // 12-16 (6-10), 19 (11), 20 Kurban Ait, 21-23 (12-14), Mon 26 (15)
            "APPLICATION,     2021-07-01T10:00:00+06:00, 2021-07-26",
            // registered Fri 27 Aug; weekend, Mon 30 Constitution Day; 31 Aug (1), 1 Sep (2), 2 Sep (3)
            "BAILIFF_REQUEST, 2021-08-27T10:00:00+06:00, 2021-09-02",
            // from receipt Mon 29 Nov: 30 (1), 1 Dec off, 2-3 (2-3), 6-10 (4-8), 13-15 (9-11), 16-17 off,
            // 20-23 (12-15)
            "APPLICATION,     2021-11-29T10:00:00+06:00, 2021-12-23",
            // from receipt Thu 23 Dec: 24 (1), 27-31 (2-6), 3-4 Jan 2022 substitutes, 5-6 (7-8), 7 Jan off,
            // 10-14 (9-13), 17-18 (14-15)
            "APPLICATION,     2021-12-23T10:00:00+06:00, 2022-01-18",
            // 00:30 on 1 July 2021 in Almaty (UTC+6) is the Code's first day; registered Thu 1 July:
            // Fri 2 (1), Sat 3 worked (2), 5-6 off, Wed 7 (3)
            "BAILIFF_REQUEST, 2021-07-01T00:30:00+06:00, 2021-07-07"})
    void year2021(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
        assertThat(CLOCK.dueDate(kind, received.toInstant())).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("2022: transfers of 5 March, 27 August, 22 October; 25 October new; 1 and 17 December no longer off")
    @CsvSource({
            // from receipt Thu 3 Mar: Fri 4 (1), Sat 5 worked (2), 7-8 off, 9-11 (3-5), 14-18 (6-10),
            // 21-23 Nauryz, 24-25 (11-12), 28-30 (13-15)
            "APPLICATION,     2022-03-03T10:00:00+06:00, 2022-03-30",
            // registered Fri 6 May; 7-8 weekend, 9 Victory Day, 10 in place of 7 May; 11-13 (1-3)
            "BAILIFF_REQUEST, 2022-05-06T10:00:00+06:00, 2022-05-13",
            // registered Fri 26 Aug; Sat 27 worked (1), 29-30 off, 31 (2), 1 Sep (3)
            "BAILIFF_REQUEST, 2022-08-26T10:00:00+06:00, 2022-09-01",
            // registered Fri 21 Oct; Sat 22 worked (1), 24 transfer, 25 Republic Day; 26 (2), 27 (3)
            "BAILIFF_REQUEST, 2022-10-21T10:00:00+06:00, 2022-10-27",
            // registered Wed 30 Nov; Thu 1 Dec is a working day since 2022 (1), 2 (2), Mon 5 (3)
            "BAILIFF_REQUEST, 2022-11-30T10:00:00+06:00, 2022-12-05",
            // registered Thu 15 Dec; 16 off, weekend; Mon 19 worked (17 Dec no longer a holiday) (1), 20 (2), 21 (3)
            "BAILIFF_REQUEST, 2022-12-15T10:00:00+06:00, 2022-12-21",
            // registered Fri 30 Dec; weekend, 2 Jan and 3 Jan 2023 (in place of Sunday 1 Jan) off; 4-6 (1-3)
            "BAILIFF_REQUEST, 2022-12-30T10:00:00+06:00, 2023-01-06"})
    void year2022(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
        assertThat(CLOCK.dueDate(kind, received.toInstant())).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("2023: Kurban Ait Wed 28 June, Sat 1 July worked, Fri 7 July off, Mon 18 December off")
    @CsvSource({
            // from receipt Mon 26 June: 27 (1), 28 Kurban Ait, 29-30 (2-3), Sat 1 July worked (4), 3-5 (5-7),
            // 6-7 off, 10-14 (8-12), 17-19 (13-15)
            "APPLICATION,         2023-06-26T10:00:00+06:00, 2023-07-19",
            // registered Fri 30 June; Sat 1 July (1), Mon 3 (2), Tue 4 (3)
            "BAILIFF_REQUEST,     2023-06-30T10:00:00+06:00, 2023-07-04",
            // registered Fri 15 Dec; weekend, Mon 18 in place of Sat 16; 19-21 (1-3)
            "BAILIFF_REQUEST,     2023-12-15T10:00:00+06:00, 2023-12-21",
            // registered Mon 24 Apr; day 15 = Tue 9 May, Victory Day: rolled forward to Wed 10 May (76(5))
            "INFORMATION_REQUEST, 2023-04-24T10:00:00+06:00, 2023-05-10"})
    void year2023(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
        assertThat(CLOCK.dueDate(kind, received.toInstant())).isEqualTo(due);
    }

    /**
     * APPC art. 64(3) counts the end of working hours in local time, and Almaty was UTC+6 until 1 March 2024 (UTC+5
     * since). The clock converts with the Asia/Almaty rules of the JDK's time-zone data, which hold both offsets; this
     * test fails if a JDK with time-zone data older than 2024a (no change of offset) runs the clock.
     */
    @ParameterizedTest(name = "received {0} -> registered {1}")
    @DisplayName("APPC art. 64(3) in local time: UTC+6 before 1 March 2024, UTC+5 since")
    @CsvSource({
            "2023-06-01T12:15:00Z, 2023-06-01",  // 18:15 at UTC+6: before 18:30
            "2023-06-01T12:45:00Z, 2023-06-02",  // 18:45 at UTC+6 (17:45 at UTC+5 would be the same day)
            "2024-02-29T12:29:00Z, 2024-02-29",  // 18:29 at UTC+6, the last day of UTC+6
            "2024-02-29T12:30:00Z, 2024-03-01",  // 18:30 at UTC+6
            "2024-03-01T13:29:00Z, 2024-03-01",  // 18:29 at UTC+5, the first day of UTC+5
            "2024-03-01T13:30:00Z, 2024-03-04"}) // 18:30 at UTC+5; weekend
    void endOfWorkingHoursIsLocalTimeWithTheOffsetOfTheDay(Instant received, LocalDate registered) {
        assertThat(CLOCK.registration(received).registeredOn()).isEqualTo(registered);
    }

    @Test
    void registrationAfterHoursIn2023MovesTheDueDateByTheOffset() {
        // 18:45 in Almaty on Thu 1 June 2023 -> registered Fri 2 June; 3 WD: Mon 5, Tue 6, Wed 7 June
        assertThat(CLOCK.dueDate(AppealKind.BAILIFF_REQUEST, Instant.parse("2023-06-01T12:45:00Z")))
                .isEqualTo("2023-06-07");
        assertThat(CLOCK.zone().getRules().getOffset(Instant.parse("2023-06-01T12:45:00Z")))
                .isEqualTo(ZoneOffset.ofHours(6));
    }

    @Test
    @DisplayName("The Code applies from 1 July 2021 (local day of receipt)")
    void receiptBeforeTheCodeAppliesIsRefused() {
        // 23:30 on 30 June 2021 in Almaty (UTC+6)
        assertThatThrownBy(() -> CLOCK.dueDate(AppealKind.APPLICATION, Instant.parse("2021-06-30T17:30:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-07-01");
    }

    @Test
    void computationAcrossTheNewYearNamesBothNewVersions() {
        DueDate due = CLOCK.reviewDueDate(AppealKind.APPLICATION, Instant.parse("2021-12-23T04:00:00Z"));
        assertThat(due.calendarVersion()).isEqualTo("kz-2021@2026-11-26+kz-2022@2026-11-26");
        assertThat(due.ruleSetVersion()).startsWith("appc-2021-07@");
    }

    /**
     * The ministry published 245 working days for 2022 in 2021, under the holidays law as it then was (1 December and
     * 16-17 December holidays, 25 October not) and decree No. 713 (5 March and 27 August). The same rules applied to
     * that law give 245, which checks the substitution rule against an official figure. The bundled, amended 2022 has
     * 246: 245 + 1 (1 December worked) + 1 (19 December worked) - 1 (25 October off) - 1 (24 October off)
     * + 1 (Saturday 22 October worked).
     */
    @Test
    void year2022UnderTheLawBeforeItsAmendmentGivesThePublishedTotal(@TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode file;
        try (InputStream in = getClass().getResourceAsStream("/kz/appeals/clock/calendar/kz-2022.json")) {
            file = (ObjectNode) mapper.readTree(in);
        }
        file.put("version", "as-published-2021");
        file.put("officialWorkingDays", 245);
        ArrayNode holidays = mapper.createArrayNode();
        for (JsonNode holiday : file.get("holidays")) {
            if (!holiday.get("date").asText().equals("2022-10-25")) {
                holidays.add(holiday);
            }
        }
        holidays.add(mapper.createObjectNode().put("date", "2022-12-01").put("name", "Day of the First President"));
        holidays.add(mapper.createObjectNode().put("date", "2022-12-17").put("name", "Independence Day"));
        file.set("holidays", holidays);
        ArrayNode transfers = mapper.createArrayNode();
        for (JsonNode transfer : file.get("transfers")) {
            if (!transfer.get("date").asText().startsWith("2022-10")) {
                transfers.add(transfer);
            }
        }
        file.set("transfers", transfers);
        mapper.writeValue(dir.resolve("kz-2022.json").toFile(), file);

        StatutoryClock asPublished = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));

        assertThat(asPublished.calendarYear(2022).workingDays()).isEqualTo(245);
        assertThat(asPublished.isWorkingDay(LocalDate.parse("2022-12-19"))).isFalse();   // in place of Sat 17 Dec
        assertThat(245 + 1 + 1 - 1 - 1 + 1).isEqualTo(CLOCK.calendarYear(2022).workingDays());
    }
}
