package kz.appeals.query.dashboard;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.events.*;
import kz.appeals.query.projection.History;
import kz.appeals.query.projection.InMemoryTables;

/**
 * The body dashboard's event handling, without Kafka or a database: the events walked through the shared lifecycle
 * and {@link DashboardFold} into in-memory tables. What depends on today (due soon, overdue) is counted when read
 * and is not here.
 */
class DashboardFoldTest {

    static InMemoryTables tables(History history) {
        InMemoryTables tables = new InMemoryTables();
        history.walk(new DashboardProjection(tables)::apply);
        return tables;
    }

    static Map<String, Object> appeal(History history) {
        return tables(history).only("dashboard_appeal", "appeal_id", ID);
    }

    @Test
    @DisplayName("art. 76: an assigned appeal is in review under its body, in its executor's queue, with its deadline")
    void assigned() {
        InMemoryTables tables = tables(inReview());
        assertThat(tables.only("dashboard_appeal", "appeal_id", ID)).containsEntry("body_id", "akimat")
                .containsEntry("kind", "APPLICATION").containsEntry("state", "IN_REVIEW")
                .containsEntry("registration_number", "ZT-2026-1").containsEntry("executor_id", "exec-1")
                .doesNotContainKey("outcome");
        assertThat(tables.only("dashboard_deadline", "deadline_id", ID + ":REVIEW"))
                .containsEntry("appeal_id", ID).containsEntry("timer", "REVIEW").containsEntry("due_date", DUE)
                .containsEntry("legal_basis", "APPC art. 76(1)-(2)").containsEntry("closed_on", null);
    }

    @Test
    @DisplayName("dashboards carry appeals by id and registration number only: no applicant's data")
    void noPersonalData() {
        assertThat(appeal(inReview()).keySet()).isSubsetOf("appeal_id", "body_id", "kind", "state",
                "registration_number", "executor_id", "outcome");
    }

    @Test
    @DisplayName("art. 65: a redirected appeal counts for the competent body, out of the old executor's queue")
    void redirected() {
        assertThat(appeal(inReview().then(new AppealRedirected(ID, AKIMAT, new Addressee("ministry", "Ministry"),
                "competence", D, D.plusDays(1), null, false, "APPC art. 65"))))
                .containsEntry("body_id", "ministry").containsEntry("state", "REDIRECTED")
                .containsEntry("executor_id", null);
    }

    @Test
    @DisplayName("issue 11, art. 91(4): a forwarded complaint is counted on the review body's dashboard, open until "
            + "decided")
    void forwardedComplaint() {
        assertThat(appeal(forwarded())).containsEntry("body_id", "oblast").containsEntry("kind", "COMPLAINT")
                .containsEntry("state", "AT_REVIEW_BODY").doesNotContainKey("outcome");
        assertThat(appeal(forwarded().then(new ComplaintDecided(ID, "A-0", ComplaintOutcome.ACT_CANCELLED, "unlawful",
                List.of(), D.plusDays(4), "reviewer-1", REVIEW_BODY.bodyId(), false, "APPC art. 100"))))
                .containsEntry("body_id", "oblast").containsEntry("outcome", "ACT_CANCELLED");
    }

    @Test
    @DisplayName("issue 11, art. 76(3): an extension counts for the body that granted it; the deadline cites 76(3)")
    void extension() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        InMemoryTables tables = tables(inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)));
        assertThat(tables.rows("dashboard_extension")).singleElement().satisfies(x -> assertThat(x)
                .containsEntry("appeal_id", ID).containsEntry("body_id", "akimat")
                .containsEntry("decided_on", D.plusDays(10)));
        assertThat(tables.only("dashboard_deadline", "deadline_id", ID + ":REVIEW"))
                .containsEntry("due_date", extended).containsEntry("legal_basis", "APPC art. 76(3)");
        assertThat(tables.only("dashboard_deadline", "deadline_id", ID + ":EXTENSION_NOTICE"))
                .containsEntry("due_date", LocalDate.of(2026, 3, 17));
    }

    @Test
    @DisplayName("a deadline's warning, miss and close are shown as the events record them")
    void deadlineHistory() {
        InMemoryTables tables = tables(inReview().then(
                new DeadlineWarningIssued(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.minusDays(3), 3, "APPC art. 76"),
                new DeadlineMissed(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.plusDays(1), "APPC art. 76"),
                new DeadlineClosed(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.plusDays(2), false, "decided late",
                        "APPC art. 76")));
        assertThat(tables.only("dashboard_deadline", "deadline_id", ID + ":REVIEW"))
                .containsEntry("last_warning_on", DUE.minusDays(3)).containsEntry("missed_on", DUE.plusDays(1))
                .containsEntry("closed_on", DUE.plusDays(2)).containsEntry("met", false)
                .containsEntry("closed_reason", "decided late");
    }

    @Test
    @DisplayName("arts. 91(2), 100(5): a deemed refusal while the body holds it is shown as such, with its outcome")
    void deemedRefusal() {
        assertThat(appeal(inReview().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COMPLAINT",
                COMPLAINT_WINDOW, "APPC art. 91(2)"))))
                .containsEntry("state", "DEEMED_REFUSED").containsEntry("outcome", "DEEMED_REFUSAL");
    }
}
