package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.intake.JoinAppeal;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.Party;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.TerminationGround;

/**
 * Issue 12, item 10: interested persons join a collective appeal under way (APPC art. 22(1)) and are then delivered to
 * like the members listed at filing. Today is Wed 1 April 2026.
 */
class CollectiveAppealTest {

    private static final Party RESIDENT = new Party(Party.PartyType.INDIVIDUAL, "870612400201", null,
            "Dana Akhmetova", null, "Almaty, Abay ave 10, apt 12", "+77015550000", null);

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    @Test
    @DisplayName("APPC art. 22(1): an interested person joins a procedure under way")
    void interestedPersonJoins() {
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of(NEIGHBOUR)))
                .when(new JoinAppeal("a-1", null, RESIDENT))
                .expectEvents(new MemberJoined("a-1", RESIDENT, date("2026-04-01"), "APPC art. 22(1)"));
    }

    @Test
    @DisplayName("APPC arts. 22(1), 66(2): a person who joined is delivered to like every member")
    void personWhoJoinedIsDeliveredTo() {
        fixture.given(with(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of(NEIGHBOUR)),
                        new MemberJoined("a-1", RESIDENT, date("2026-04-01"), "APPC art. 22(1)"),
                        new ProcedureTerminated("a-1", TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS, "decided",
                                date("2026-04-01"), "APPC art. 70")))
                .when(new RecordDelivery("a-1", null, DeliveredDocument.TERMINATION_NOTICE, "t-1", List.of(
                        new Delivery(RESIDENT.iin(), DeliveryChannel.SMS, almaty("2026-04-01T15:00"), "sms"))))
                .expectEventsMatching(events(
                        is(DeliveryRecorded.class, d -> d.recipientId().equals(RESIDENT.iin())
                                && d.recipientName().equals("Dana Akhmetova") && !d.representative())));
    }

    @Test
    @DisplayName("APPC art. 22(1): a member cannot join twice")
    void memberCannotJoinTwice() {
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of(NEIGHBOUR)))
                .when(new JoinAppeal("a-1", null, NEIGHBOUR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 22(1): nobody joins a procedure that is over")
    void nobodyJoinsAfterTheEnd() {
        fixture.given(with(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()),
                        new AppealWithdrawn("a-1", date("2026-03-30"), "I withdraw", "APPC art. 64(9)")))
                .when(new JoinAppeal("a-1", null, RESIDENT))
                .expectException(StateConflict.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC arts. 22(1), 64(7-2): a person naming nobody cannot join")
    void anonymousPersonCannotJoin() {
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new JoinAppeal("a-1", null, Party.nobody()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
