package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.recusal.DecideRecusal;
import kz.appeals.command.domain.recusal.RequestRecusal;
import kz.appeals.events.Actor;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;

/**
 * Recusal (APPC art. 67): the superior official decides within 3 working days, the participant is told within 2, and a
 * repeated request on the same grounds is refused.
 */
class RecusalTest {

    private static final Actor CITIZEN_ACTOR = new Actor("citizen-aigerim", "CITIZEN", null);
    private static final Actor EXECUTOR = new Actor("exec-1", "EXECUTOR", AKIMAT.bodyId());
    private static final Actor HEAD = new Actor("head-1", "HEAD", AKIMAT.bodyId());
    private static final String GROUNDS = "The executor is my former employer's brother.";

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    /** Asked on Thu 2 April 2026; the decision is due Tue 7 April. */
    static List<Object> requested() {
        return with(inReview("a-1"),
                new RecusalRequested("a-1", "exec-1", GROUNDS, false, "citizen-aigerim", date("2026-04-02"),
                        new ComputedDate(date("2026-04-03"), date("2026-04-07"), "3 working days", "APPC art. 67",
                                true, "appc-2025-12", "kz-2026", List.of()), "APPC art. 67"),
                new DeadlineScheduled("a-1", "a-1:RECUSAL_DECISION", "RECUSAL_DECISION", date("2026-04-03"),
                        date("2026-04-07"), "3 working days", "APPC art. 67", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    /** Refused on Mon 6 April 2026; the notice is due Wed 8 April. */
    static List<Object> refused() {
        return with(requested(),
                new RecusalDecided("a-1", "exec-1", false, "no relation shown", date("2026-04-06"), "head-1", false,
                        "APPC art. 67"),
                new DeadlineClosed("a-1", "a-1:RECUSAL_DECISION", "RECUSAL_DECISION", date("2026-04-07"),
                        date("2026-04-06"), true, "RecusalDecided", "APPC art. 67"),
                new DeadlineScheduled("a-1", "a-1:RECUSAL_NOTICE", "RECUSAL_NOTICE", date("2026-04-07"),
                        date("2026-04-08"), "2 working days", "APPC art. 67", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 67: asked on Thu 2 April 2026, the superior official decides by Tue 7 April")
    void requestStartsTheDecisionPeriod() {
        scenario.today("2026-04-02T10:00");
        fixture.given(inReview("a-1"))
                .when(new RequestRecusal("a-1", null, "exec-1", GROUNDS), ActorMetaData.of(CITIZEN_ACTOR))
                .expectEventsMatching(events(
                        is(RecusalRequested.class, r -> r.officialId().equals("exec-1") && !r.selfRecusal()
                                && r.requestedBy().equals("citizen-aigerim")
                                && r.decisionDueBy().date().equals(date("2026-04-07"))),
                        // Fri 3, Mon 6, Tue 7 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("RECUSAL_DECISION")
                                && d.dueDate().equals(date("2026-04-07")) && d.legalBasis().equals("APPC art. 67"))));
    }

    @Test
    @DisplayName("APPC art. 67: an official may recuse themself")
    void selfRecusal() {
        scenario.today("2026-04-02T10:00");
        fixture.given(inReview("a-1"))
                .when(new RequestRecusal("a-1", null, "exec-1", "my cousin is the applicant"),
                        ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(is(RecusalRequested.class, RecusalRequested::selfRecusal),
                        is(DeadlineScheduled.class, d -> true)));
    }

    @Test
    @DisplayName("APPC art. 67: decided on Mon 6 April, the notice is due Wed 8 April (Tue 7, Wed 8)")
    void decisionStartsTheNoticePeriod() {
        scenario.today("2026-04-06T10:00");
        fixture.given(requested())
                .when(new DecideRecusal("a-1", null, true, "a relation is shown"), ActorMetaData.of(HEAD))
                .expectEventsMatching(events(
                        e -> e.equals(new RecusalDecided("a-1", "exec-1", true, "a relation is shown",
                                date("2026-04-06"), "head-1", false, "APPC art. 67")),
                        is(DeadlineClosed.class, c -> c.timer().equals("RECUSAL_DECISION") && c.met()),
                        is(DeadlineScheduled.class, d -> d.timer().equals("RECUSAL_NOTICE")
                                && d.startsOn().equals(date("2026-04-07")) && d.dueDate().equals(date("2026-04-08"))
                                && d.period().equals("2 working days"))));
    }

    @Test
    @DisplayName("APPC art. 67: decided on Wed 8 April, after Tue 7 April, it is recorded as late")
    void lateDecisionIsRecordedAsLate() {
        scenario.today("2026-04-08T10:00");
        fixture.given(requested())
                .when(new DecideRecusal("a-1", null, false, "no relation shown"), ActorMetaData.of(HEAD))
                .expectEventsMatching(events(is(RecusalDecided.class, RecusalDecided::late),
                        is(DeadlineClosed.class, c -> !c.met()),
                        // Thu 9, Fri 10 April
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-10")))));
    }

    @Test
    @DisplayName("APPC art. 67: the official concerned does not decide their own recusal")
    void officialConcernedCannotDecide() {
        fixture.given(requested())
                .when(new DecideRecusal("a-1", null, false, "I am impartial"), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("superior official"));
    }

    @Test
    @DisplayName("APPC art. 67: a refusal states its reasons")
    void refusalWithoutReasonsIsRefused() {
        fixture.given(requested())
                .when(new DecideRecusal("a-1", null, false, " "), ActorMetaData.of(HEAD))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 67"));
    }

    @Test
    @DisplayName("APPC art. 67: a repeated request on the same grounds is refused, however it is typed")
    void repeatOnTheSameGroundsIsRefused() {
        fixture.given(refused())
                .when(new RequestRecusal("a-1", null, "exec-1", "the executor is my former employer's  BROTHER"),
                        ActorMetaData.of(CITIZEN_ACTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("same grounds"));
    }

    @Test
    @DisplayName("APPC art. 67: new grounds may be raised after a refusal")
    void newGroundsMayBeRaised() {
        scenario.today("2026-04-07T10:00");
        fixture.given(refused())
                .when(new RequestRecusal("a-1", null, "exec-1", "the executor has a stake in the land plot"),
                        ActorMetaData.of(CITIZEN_ACTOR))
                .expectEventsMatching(events(is(RecusalRequested.class, r -> true),
                        is(DeadlineScheduled.class, d -> d.timer().equals("RECUSAL_DECISION"))));
    }

    @Test
    @DisplayName("APPC art. 67: one request waits at a time")
    void secondRequestWhileOneWaitsIsRefused() {
        fixture.given(requested())
                .when(new RequestRecusal("a-1", null, "exec-1", "another ground"), ActorMetaData.of(CITIZEN_ACTOR))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC arts. 66(2), 67: the delivered notice closes its period")
    void deliveredNoticeClosesThePeriod() {
        scenario.today("2026-04-07T12:00");
        fixture.given(refused())
                .when(new RecordDelivery("a-1", null, DeliveredDocument.RECUSAL_NOTICE, "R-67",
                        List.of(new Delivery(CITIZEN.iin(), DeliveryChannel.EGOV_CABINET_AND_SMS,
                                almaty("2026-04-07T11:00"), "egov receipt"))))
                .expectEventsMatching(events(
                        is(DeliveryRecorded.class, d -> d.document() == DeliveredDocument.RECUSAL_NOTICE),
                        is(DeadlineClosed.class, c -> c.timer().equals("RECUSAL_NOTICE") && c.met()
                                && c.closedOn().equals(date("2026-04-07")))));
    }
}
