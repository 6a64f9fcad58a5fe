package kz.appeals.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import kz.appeals.query.api.DeadlineRows;
import kz.appeals.query.api.RecordingJdbc;

/** Issue 13 item 6: the body dashboard lists deadlines from their summary columns, never the explanation. */
class DashboardListReadsTest {

    @Test
    void theDashboardsDeadlineListsReadSummaryColumnsNotTheExplanation() {
        RecordingJdbc jdbc = new RecordingJdbc();

        new DashboardQueries(jdbc, new DeadlineRows(null)).dashboard("almaty-akimat", LocalDate.of(2026, 4, 1), 3,
                LocalDate.of(2026, 4, 6), YearMonth.of(2026, 4));

        assertThat(jdbc.statements()).isNotEmpty().allSatisfy(sql -> assertThat(sql).as(sql)
                .doesNotContainIgnoringCase("explanation").doesNotContain("SELECT *", "d.*", "v.*"));
        // the due-within and overdue lists: each reads the deadlines' summary columns
        assertThat(jdbc.rowReads()).filteredOn(sql -> sql.contains("ORDER BY d.due_date")).hasSize(2)
                .allSatisfy(sql -> assertThat(sql).contains("d.deadline_id, d.appeal_id, d.timer, d.starts_on, "
                        + "d.due_date", "d.closed_reason, v.registration_number, v.executor_id"));
    }
}
