package kz.appeals.query.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.appeals.query.api.DeadlineRows;
import kz.appeals.query.api.RecordingJdbc;
import kz.appeals.query.api.Sort;

/**
 * Issue 13 item 6: the appeal lists (the API's {@code GET /api/appeals}, the pages' list and its export) read the
 * summary columns of {@code appeal_view}, never the explanation; the detail reads it.
 */
class AppealListReadsTest {

    private final RecordingJdbc jdbc = new RecordingJdbc();
    private final AppealViewRepository repository = new AppealViewRepository(jdbc, new DeadlineRows(null), null);
    private final Sort sort = new Sort("receivedAt", false);

    @Test
    void theApiListReadsSummaryColumnsNotTheExplanation() {
        repository.search("almaty-akimat", "review-body", "REGISTERED", "executor-1", sort, 0, 20);

        assertSummaryOnly(jdbc.statements());
        assertThat(jdbc.rowReads()).singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("SELECT appeal_id, registration_number"));
    }

    @Test
    void thePagesListAndExportReadSummaryColumnsNotTheExplanation() {
        new AppealReads(repository).search(new AppealReads.Filter("almaty-akimat", null, "REGISTERED", "APPLICATION",
                "executor-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)), sort, 0, 20);

        assertSummaryOnly(jdbc.statements());
        assertThat(jdbc.rowReads()).hasSize(1);
    }

    @Test
    void theSummaryColumnsAreEveryColumnAListItemShowsAndNoLargeOne() {
        assertThat(AppealViewRepository.SUMMARY_COLUMNS.split(", "))
                .contains("appeal_id", "due_date", "period", "legal_basis", "rule_set_version", "calendar_version",
                        "last_sequence", "updated_at")
                .doesNotContain("explanation", "applicant_postal_address", "applicant_phone", "applicant_email");
    }

    @Test
    void theDetailReadsTheStoredExplanation() {
        repository.detail("id-1");

        assertThat(jdbc.statements()).first().asString().isEqualTo("SELECT * FROM appeal_view WHERE appeal_id = ?");
    }

    static void assertSummaryOnly(List<String> statements) {
        assertThat(statements).isNotEmpty().allSatisfy(sql -> {
            assertThat(sql).doesNotContainIgnoringCase("explanation");
            assertThat(sql).as(sql).doesNotContain("SELECT *", ".*");
        });
    }
}
