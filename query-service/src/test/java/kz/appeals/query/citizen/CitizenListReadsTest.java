package kz.appeals.query.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.appeals.query.api.RecordingJdbc;
import kz.appeals.query.api.Sort;

/**
 * Issue 13 item 6: the citizen's own list reads the summary columns it shows, with the next open deadline joined in
 * the same statement (not one query per item); no explanation.
 */
class CitizenListReadsTest {

    @Test
    void theCitizensListIsOneSummaryReadAndACount() {
        RecordingJdbc jdbc = new RecordingJdbc();

        new CitizenQueries(jdbc, null).ofCitizen("900101300017", new Sort("receivedAt", false), 0, 20);

        assertThat(jdbc.statements()).hasSize(2).allSatisfy(sql -> assertThat(sql).as(sql)
                .doesNotContainIgnoringCase("explanation").doesNotContain("SELECT *", "a.*"));
        assertThat(jdbc.rowReads()).singleElement().satisfies(sql -> assertThat(sql)
                .contains("a.appeal_id, a.registration_number", "p.role", "LEFT JOIN LATERAL", "citizen_deadline")
                .endsWith("ORDER BY received_at DESC NULLS LAST, appeal_id LIMIT ? OFFSET ?"));
    }
}
