package kz.appeals.query.appeal;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.events.*;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.projection.History;
import kz.appeals.query.projection.InMemoryTables;
import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;

/**
 * The appeal-view read model's event handling, without Kafka or a database: the events walked through the shared
 * lifecycle and {@link AppealViewFold} into in-memory tables. Tests named "issue 11" failed on the read side's own
 * state machine.
 */
class AppealViewFoldTest {

    static Map<String, Object> view(History history) {
        InMemoryTables tables = new InMemoryTables();
        AppealViewProjection projection = new AppealViewProjection(tables);
        history.walk(projection::apply);
        return tables.only("appeal_view", "appeal_id", ID);
    }

    static InMemoryTables tables(History history) {
        InMemoryTables tables = new InMemoryTables();
        history.walk(new AppealViewProjection(tables)::apply);
        return tables;
    }

    @Test
    @DisplayName("art. 64: a filed and registered appeal, with its party, review due date and article")
    void filedAndRegistered() {
        InMemoryTables tables = tables(application());
        Map<String, Object> v = tables.only("appeal_view", "appeal_id", ID);
        assertThat(v).containsEntry("state", "REGISTERED").containsEntry("body_id", "akimat")
                .containsEntry("registration_number", "ZT-2026-1").containsEntry("due_date", DUE)
                .containsEntry("legal_basis", "APPC art. 76(1)-(2)").containsEntry("last_sequence", 2L);
        assertThat(tables.rows("appeal_party")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("id_number", APPLICANT.iin())
                        .containsEntry("role", "APPLICANT"));
        assertThat(tables.only("appeal_deadline", "deadline_id", ID + ":REVIEW")).containsEntry("due_date", DUE);
    }

    @Test
    @DisplayName("issue 11, arts. 73-74: after the hearing the appeal is still in the HEARING stage until the act")
    void afterTheHearingItIsStillHearing() {
        Map<String, Object> v = view(inReview().then(
                new PreliminaryDecisionSent(ID, ActNature.BURDENSOME, "refuse", D, D, COMPLAINT_WINDOW,
                        COMPLAINT_WINDOW, "APPC art. 73"),
                new HearingHeld(ID, D.plusDays(5), true, List.of("applicant"), "heard", "APPC art. 73, 74")));
        assertThat(v).containsEntry("state", "HEARING");
    }

    @Test
    @DisplayName("issue 11, art. 64(6): defects corrected before any executor had it: REGISTERED again")
    void correctedBeforeAnExecutorIsRegistered() {
        Map<String, Object> v = view(application().then(
                new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5), "APPC art. 64(6)"),
                new DefectsCorrected(ID, D.plusDays(2), "signed", 2, "APPC art. 64(6)")));
        assertThat(v).containsEntry("state", "REGISTERED");
    }

    @Test
    @DisplayName("art. 64(6): defects corrected while in review: back IN_REVIEW")
    void correctedInReviewIsInReview() {
        Map<String, Object> v = view(inReview().then(
                new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5), "APPC art. 64(6)"),
                new DefectsCorrected(ID, D.plusDays(2), "signed", 2, "APPC art. 64(6)")));
        assertThat(v).containsEntry("state", "IN_REVIEW");
    }

    @Test
    @DisplayName("issue 11, arts. 95, 100(1): a complaint left without consideration is not DECIDED")
    void complaintLeftWithoutConsideration() {
        Map<String, Object> v = view(forwarded().then(
                new AppealLeftWithoutConsideration(ID, LeaveWithoutConsiderationGround.LAWSUIT_PENDING, "in court",
                        D.plusDays(4), "APPC art. 95"),
                new ComplaintDecided(ID, "A-0", ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "in court", List.of(),
                        D.plusDays(4), "reviewer-1", REVIEW_BODY.bodyId(), false, "APPC art. 95, 100(1)")));
        assertThat(v).containsEntry("state", "LEFT_WITHOUT_CONSIDERATION")
                .containsEntry("outcome", "LEFT_WITHOUT_CONSIDERATION").containsEntry("decided_on", D.plusDays(4));
    }

    @Test
    @DisplayName("issue 11, art. 91(4): a forwarded complaint is held (listed, counted) by the review body")
    void forwardedComplaintIsHeldByTheReviewBody() {
        Map<String, Object> v = view(forwarded());
        assertThat(v).containsEntry("state", "AT_REVIEW_BODY").containsEntry("body_id", "oblast")
                .containsEntry("body_name", "Akimat of the region").containsEntry("review_body_id", "oblast")
                .containsEntry("forwarded_by_body_id", "akimat").containsEntry("challenged_appeal_id", "A-0");
    }

    @Test
    @DisplayName("issue 11, art. 76(3): after an extension the due date is cited under art. 76(3)")
    void extendedDueDateCitesArticle76_3() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        InMemoryTables tables = tables(inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)));
        assertThat(tables.only("appeal_view", "appeal_id", ID)).containsEntry("due_date", extended)
                .containsEntry("legal_basis", "APPC art. 76(3)").containsEntry("extension_count", 1)
                .containsEntry("state", "IN_REVIEW");
        assertThat(tables.only("appeal_deadline", "deadline_id", ID + ":REVIEW"))
                .containsEntry("due_date", extended).containsEntry("legal_basis", "APPC art. 76(3)");
        assertThat(tables.rows("appeal_extension")).singleElement()
                .satisfies(x -> assertThat(x).containsEntry("body_id", "akimat")
                        .containsEntry("new_due_date", extended));
    }

    @Test
    @DisplayName("issue 11, arts. 91(2), 136(6): a deemed refusal keeps the route window the event carries")
    void deemedRefusalKeepsTheWindow() {
        Map<String, Object> v = view(forwarded().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COURT",
                COURT_WINDOW, "APPC art. 100(5), 136(6)")));
        assertThat(v).containsEntry("state", "DEEMED_REFUSED").containsEntry("outcome", "DEEMED_REFUSAL")
                .containsEntry("decided_on", DUE).containsEntry("route_opens", "COURT")
                .containsEntry("route_open_until", LocalDate.of(2026, 4, 30))
                .containsEntry("route_period", "1 month");

        Map<String, Object> application = view(inReview().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE,
                "COMPLAINT", COMPLAINT_WINDOW, "APPC art. 91(2)")));
        assertThat(application).containsEntry("route_opens", "COMPLAINT")
                .containsEntry("route_open_until", LocalDate.of(2026, 6, 30));
    }

    @Test
    @DisplayName("art. 65: a redirected appeal is held by the competent body, without the old executor")
    void redirected() {
        Map<String, Object> v = view(inReview().then(new AppealRedirected(ID, AKIMAT,
                new Addressee("ministry", "Ministry"), "competence", D, D.plusDays(1), null, false, "APPC art. 65")));
        assertThat(v).containsEntry("state", "REDIRECTED").containsEntry("body_id", "ministry")
                .containsEntry("executor_id", null);
    }

    @Test
    @DisplayName("an event of an appeal never filed is refused, so the consumer parks it")
    void eventBeforeFilingIsRefused() {
        assertThatThrownBy(() -> ProjectedEvent.of(LifecycleState.NONE, History.assigned(), 3,
                java.time.Instant.parse("2026-03-02T04:00:00Z"))).hasMessageContaining("before the appeal was filed");
    }

    @Test
    @DisplayName("every state the read side shows is one the list filter accepts")
    void everyShownStateIsAFilterValue() {
        for (AppealState stage : AppealState.values()) {
            LifecycleState s = new LifecycleState(stage, null, AKIMAT, Map.of(), null);
            assertThat(AppealQueryController.STATES).contains(LifecycleView.state(s));
        }
        assertThat(AppealQueryController.STATES).contains("DEEMED_REFUSED");
    }
}
