package kz.appeals.clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    @Test
    void everyCountedAndSkippedDayIsExplainedWithItsReason() {
        DueDate due = CLOCK.reviewDueDate(AppealKind.APPLICATION, Instant.parse("2025-01-03T05:00:00Z"));

        assertThat(due.dueDate()).isEqualTo("2025-01-24");
        assertThat(step(due, "2025-01-03", "RECEIVED").text()).contains("2025-01-03T10:00");
        assertThat(due.explanation()).contains(new ExplanationStep(LocalDate.parse("2025-01-05"), "REGISTERED",
                CLOCK.registration(due.receivedAt()).reason()));
        assertThat(due.explanation()).filteredOn(s -> s.type().equals("RULE")).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("art. 76(1)").contains("appc-2021-07@")
                        .contains("kz-2025@"));
        assertThat(due.explanation()).filteredOn(s -> s.type().equals("COUNTED")).hasSize(15);
        assertThat(due.explanation()).contains(
                new ExplanationStep(LocalDate.parse("2025-01-04"), "SKIPPED", "Saturday"),
                new ExplanationStep(LocalDate.parse("2025-01-07"), "SKIPPED", "Orthodox Christmas"));
        assertThat(due.explanation()).filteredOn(s -> s.date().equals(LocalDate.parse("2025-01-05"))
                        && s.type().equals("COUNTED")).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("working day 1 of 15").contains("art. 85(3)"));
        assertThat(due.explanation().get(due.explanation().size() - 1))
                .isEqualTo(new ExplanationStep(LocalDate.parse("2025-01-24"), "DUE", "due date"));
    }

    @Test
    void rollForwardOfACalendarDayPeriodIsExplained() {
        DueDate due = CLOCK.reviewDueDate(AppealKind.INFORMATION_REQUEST, Instant.parse("2025-03-06T05:00:00Z"));

        assertThat(due.explanation()).filteredOn(s -> s.type().equals("COUNTED")).hasSize(15);
                assertThat(step(due, "2025-03-21", "ROLLED_FORWARD").text()).contains("Nauryz meyramy").contains("76(5)");
        assertThat(step(due, "2025-03-24", "SKIPPED").text()).contains("in place of Nauryz meyramy");
        assertThat(due.confirmedInCode()).isFalse();
        assertThat(due.explanation()).filteredOn(s -> s.type().equals("RULE")).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("UNCONFIRMED"));
    }

    @Test
    void computationSpanningTwoYearsNamesBothCalendarVersions() {
        DueDate due = CLOCK.reviewDueDate(AppealKind.APPLICATION, Instant.parse("2025-12-10T05:00:00Z"));
        assertThat(due.calendarVersion()).isEqualTo("kz-2025@2026-11-21+kz-2026@2026-11-21");
        assertThat(CLOCK.proceduralDeadline(ProceduralTimer.LAWSUIT, LocalDate.parse("2026-04-15")).calendarVersion())
                .isEqualTo("kz-2026@2026-11-21");
    }

    @Test
    void monthPeriodExplainsTheLastDayOfAShortMonth() {
        DueDate due = CLOCK.proceduralDeadline(ProceduralTimer.LAWSUIT, LocalDate.parse("2025-01-31"));
        assertThat(due.legalBasis()).isEqualTo("APPC art. 136(1), 136(6)");
        assertThat(due.receivedAt()).isNull();
        assertThat(step(due, "2025-02-28", "COUNTED").text()).contains("last day of the month");
    }

    @Test
    void resultsSerializeWithJacksonAndReadBack() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        DueDate due = CLOCK.reviewDueDate(AppealKind.COMPLAINT, Instant.parse("2025-03-17T04:00:00Z"));

        String json = mapper.writeValueAsString(due);

        assertThat(json).contains("\"dueDate\":\"2025-04-17\"").contains("\"confirmedInCode\":true");
        assertThat(mapper.readValue(json, DueDate.class)).isEqualTo(due);
        CalendarYear year = CLOCK.calendarYear(2025);
        assertThat(mapper.readValue(mapper.writeValueAsString(year), CalendarYear.class)).isEqualTo(year);
    }

    private static ExplanationStep step(DueDate due, String date, String type) {
        List<ExplanationStep> onDate = due.explanation().stream()
                .filter(s -> s.date().equals(LocalDate.parse(date)) && s.type().equals(type)).toList();
        assertThat(onDate).hasSize(1);
        return onDate.get(0);
    }
}
