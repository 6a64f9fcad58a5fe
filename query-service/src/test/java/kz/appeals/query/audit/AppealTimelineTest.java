package kz.appeals.query.audit;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.events.*;
import kz.appeals.query.projection.History;

/** The audit timeline's fold ("as of"), without a database: the events as the journal holds them, in order. */
class AppealTimelineTest {

    static AppealTimeline.AsOf asOf(History history) {
        return AppealTimeline.fold(ID, Instant.parse("2026-12-31T00:00:00Z"), history.events(), null);
    }

    @Test
    @DisplayName("art. 64: registered, with its number, review due date, article and versions")
    void registered() {
        AppealTimeline.AsOf a = asOf(application());
        assertThat(a.state()).isEqualTo("REGISTERED");
        assertThat(a.bodyId()).isEqualTo("akimat");
        assertThat(a.registrationNumber()).isEqualTo("ZT-2026-1");
        assertThat(a.dueDate()).isEqualTo(DUE.toString());
        assertThat(a.legalBasis()).isEqualTo("APPC art. 76(1)-(2)");
        assertThat(a.calendarVersion()).isEqualTo("c1");
        assertThat(a.eventsApplied()).isEqualTo(3);
    }

    @Test
    @DisplayName("issue 11, art. 76(3): as of after an extension, the review due date, not the notice's")
    void afterAnExtensionTheReviewDueDate() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        AppealTimeline.AsOf a = asOf(inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)));
        assertThat(a.dueDate()).isEqualTo(extended.toString());
        assertThat(a.legalBasis()).isEqualTo("APPC art. 76(3)");
    }

    @Test
    @DisplayName("issue 11, art. 76(3): between the extension and the move, the extension's date")
    void rightAfterTheExtensionNotice() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        List<AppealEvent> events = inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)).events();
        AppealTimeline.AsOf a = AppealTimeline.fold(ID, Instant.parse("2026-12-31T00:00:00Z"),
                events.subList(0, events.size() - 1), null);
        assertThat(a.dueDate()).isEqualTo(DUE.toString());
    }

    @Test
    @DisplayName("issue 11, arts. 73-74: the shared lifecycle's stage, HEARING after the hearing")
    void hearing() {
        assertThat(asOf(inReview().then(
                new PreliminaryDecisionSent(ID, ActNature.BURDENSOME, "refuse", D, D, COMPLAINT_WINDOW,
                        COMPLAINT_WINDOW, "APPC art. 73"),
                new HearingHeld(ID, D.plusDays(5), true, List.of("applicant"), "heard", "APPC art. 73, 74")))
                .state()).isEqualTo("HEARING");
    }

    @Test
    @DisplayName("art. 91(4): a forwarded complaint is held by the review body")
    void forwardedComplaint() {
        AppealTimeline.AsOf a = asOf(forwarded());
        assertThat(a.state()).isEqualTo("AT_REVIEW_BODY");
        assertThat(a.bodyId()).isEqualTo("oblast");
    }

    @Test
    @DisplayName("before the first event: not yet filed")
    void nothingYet() {
        AppealTimeline.AsOf a = AppealTimeline.fold(ID, Instant.parse("2026-01-01T00:00:00Z"), List.of(), null);
        assertThat(a.state()).isEqualTo("NOT_YET_FILED");
        assertThat(a.dueDate()).isNull();
    }
}
