package kz.appeals.query.statistics;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.events.*;
import kz.appeals.query.projection.History;
import kz.appeals.query.projection.InMemoryTables;

/** The statistics read model's event handling, without Kafka or a database. */
class StatisticsFoldTest {

    static StatutoryClock clock;

    @BeforeAll
    static void clock() {
        clock = StatutoryClock.create(ClockSettings.defaults());
    }

    static Map<String, Object> row(History history) {
        InMemoryTables tables = new InMemoryTables();
        history.walk(new StatisticsProjection(tables, clock)::apply);
        return tables.only("appeal_stat", "appeal_id", ID);
    }

    @Test
    @DisplayName("arts. 77-80: an act within the period is on time, with the working days it took")
    void decidedOnTime() {
        Map<String, Object> r = row(inReview().then(new AdministrativeActIssued(ID, "act-1", "A-1",
                ActNature.FAVOURABLE, ActOutcome.SATISFIED, "done", LocalDate.of(2026, 3, 12), "head-1", "akimat",
                null, false, "APPC art. 77")));
        assertThat(r).containsEntry("kind", "APPLICATION").containsEntry("body_id", "akimat")
                .containsEntry("registered_on", D).containsEntry("due_date", DUE)
                .containsEntry("outcome", "SATISFIED").containsEntry("decided_on", LocalDate.of(2026, 3, 12))
                .containsEntry("on_time", true)
                .containsEntry("working_days_to_decision", clock.workingDaysBetween(D, LocalDate.of(2026, 3, 12)));
    }

    @Test
    @DisplayName("issue 11, art. 91(4): a forwarded complaint is counted under the review body")
    void forwardedComplaintCountsForTheReviewBody() {
        assertThat(row(forwarded())).containsEntry("body_id", "oblast");
    }

    @Test
    @DisplayName("arts. 91(2), 100(5): a deemed refusal is never on time")
    void deemedRefusalIsLate() {
        assertThat(row(inReview().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COMPLAINT",
                COMPLAINT_WINDOW, "APPC art. 91(2)"))))
                .containsEntry("outcome", "DEEMED_REFUSAL").containsEntry("decided_on", DUE)
                .containsEntry("on_time", false);
    }

    @Test
    @DisplayName("art. 76(3): the extended review date is the one the decision is measured against")
    void extendedDueDate() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        assertThat(row(inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)).then(
                new AdministrativeActIssued(ID, "act-1", "A-1", ActNature.FAVOURABLE, ActOutcome.SATISFIED, "done",
                        LocalDate.of(2026, 4, 20), "head-1", "akimat", null, false, "APPC art. 77"))))
                .containsEntry("due_date", extended).containsEntry("on_time", true);
    }

    @Test
    @DisplayName("issue 11, arts. 95, 100(1): a complaint left without consideration is reported as such")
    void leftWithoutConsideration() {
        assertThat(row(forwarded().then(new ComplaintDecided(ID, "A-0",
                ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "in court", List.of(), D.plusDays(4), "reviewer-1",
                REVIEW_BODY.bodyId(), false, "APPC art. 95, 100(1)"))))
                .containsEntry("outcome", "LEFT_WITHOUT_CONSIDERATION");
    }
}
