package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.RedirectAppeal;
import kz.appeals.command.domain.intake.RequestDefectCorrection;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.Party;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Issue 12, item 1: refusing an appeal is forbidden (APPC art. 64(1)). What art. 63 asks for and the appeal lacks is a
 * defect recorded on the registered appeal; an anonymous one is recorded and not considered unless it reports a crime
 * or a threat (art. 64(7-2)). Every appeal here is received on Tue 17 March 2026 at 10:00 and registered that day.
 */
class AcceptanceTest {

    private static final Party FOREIGNER = new Party(Party.PartyType.INDIVIDUAL, null, null, "John Smith", null,
            "Almaty, Dostyk ave 5, hotel Kazakhstan", "+77010000000", null);
    private static final Party NO_ADDRESS = new Party(Party.PartyType.INDIVIDUAL, "900101300017", null,
            "Aigerim Sadykova", null, null, "+77011234567", null);
    private static final Party BAD_IIN = new Party(Party.PartyType.INDIVIDUAL, "900101300016", null,
            "Aigerim Sadykova", null, "Almaty, Abay ave 10", null, null);
    private static final Party NAMELESS = new Party(Party.PartyType.INDIVIDUAL, "900101300017", null, null, null,
            "Almaty, Abay ave 10", null, null);

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    AcceptanceTest() {
        scenario.today("2026-03-17T10:00");
    }

    private static FileAppeal file(AppealKind kind, Party applicant, boolean reportsCrimeOrThreat) {
        return new FileAppeal("a-1", kind, applicant, List.of(), AKIMAT, "Street lighting on Abay avenue is broken",
                AppealForm.PAPER, Channel.POST, almaty("2026-03-17T10:00"), reportsCrimeOrThreat, null, null);
    }

    @Test
    @DisplayName("APPC art. 64(1), 64(6): no postal address -> registered all the same, the defect recorded for 64(6)")
    void appealWithoutAddressIsRegisteredWithItsDefectRecorded() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.APPLICATION, NO_ADDRESS, false))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(date("2026-03-17"))),
                        // counted from 18 Mar: 18-20 (3), 23-25 Nauryz off, 26-27 (5), 30-31 (7), 1-3 Apr (10),
                        // 6-10 Apr (15)
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")
                                && d.dueDate().equals(date("2026-04-10"))),
                        is(AppealDefectsFound.class, d -> d.defects().size() == 1
                                && d.defects().get(0).startsWith("applicant.postalAddress")
                                && !d.simplifiedProcedure() && d.legalBasis().contains("64(6)")
                                && d.foundOn().equals(date("2026-03-17")))))
                .expectState(a -> org.assertj.core.api.Assertions.assertThat(a.state())
                        .isEqualTo(AppealState.REGISTERED));
    }

    @Test
    @DisplayName("APPC art. 63(2)(1): a foreigner without an IIN is served; no defect is recorded")
    void personWithoutIinIsServedWithoutDefect() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.APPLICATION, FOREIGNER, false))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> f.applicant().iin() == null),
                        is(AppealRegistered.class, r -> r.registrationNumber().startsWith("ЖТ-2026-")),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-10")))));
    }

    @Test
    @DisplayName("APPC art. 63(2)(1), 64(1): an IIN failing its check digit is a defect, not a refusal")
    void invalidIinIsADefect() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.APPLICATION, BAD_IIN, false))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(AppealDefectsFound.class, d -> d.defects().size() == 1
                                && d.defects().get(0).startsWith("applicant.iin")
                                && d.defects().get(0).contains("63(2)(1)")
                                && !d.defects().get(0).contains("900101300016"))));
    }

    @Test
    @DisplayName("APPC art. 88(1)(2): in the simplified procedure a missing name leads to termination, not to 64(6)")
    void simplifiedProcedureDefectPointsToTermination() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.REQUEST, NAMELESS, false))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(AppealDefectsFound.class, d -> d.simplifiedProcedure()
                                && d.legalBasis().contains("88(1)(2)")
                                && d.defects().get(0).startsWith("applicant.fullName"))));
    }

    @Test
    @DisplayName("APPC art. 64(7-2): an anonymous appeal is recorded and not considered; its review period closes")
    void anonymousAppealIsRecordedAndNotConsidered() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.APPLICATION, Party.nobody(), false))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")),
                        is(AnonymousAppealRecorded.class, a -> !a.reportsCrimeOrThreat()
                                && a.recordedOn().equals(date("2026-03-17")) && a.legalBasis().contains("64(7-2)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")
                                && c.reason().equals("AnonymousAppealRecorded"))))
                .expectState(a -> org.assertj.core.api.Assertions.assertThat(a.state())
                        .isEqualTo(AppealState.NOT_CONSIDERED));
    }

    @Test
    @DisplayName("APPC art. 64(7-2): an anonymous report of a crime is accepted, to be redirected the same day")
    void anonymousCrimeReportIsAcceptedAndMustBeRedirectedImmediately() {
        fixture.givenNoPriorActivity()
                .when(file(AppealKind.REPORT, Party.nobody(), true))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")),
                        is(AnonymousAppealRecorded.class, AnonymousAppealRecorded::reportsCrimeOrThreat),
                        // immediately: due on the day of registration itself, Tue 17 March 2026
                        is(DeadlineScheduled.class, d -> d.timer().equals("ANONYMOUS_REPORT_REDIRECT")
                                && d.dueDate().equals(date("2026-03-17")) && d.legalBasis().contains("64(7-2)"))))
                .expectState(a -> org.assertj.core.api.Assertions.assertThat(a.state())
                        .isEqualTo(AppealState.REGISTERED));
    }

    @Test
    @DisplayName("APPC art. 64(7-2), 65: redirecting the anonymous report on registration day meets its deadline")
    void redirectingTheReportClosesItsDeadlineAsMet() {
        fixture.givenCommands(file(AppealKind.REPORT, Party.nobody(), true))
                .when(new RedirectAppeal("a-1", null, POLICE, "a report of a crime", date("2026-03-17")))
                .expectEventsMatching(events(
                        is(AppealRedirected.class, r -> true),
                        is(DeadlineClosed.class, c -> c.timer().equals("ANONYMOUS_REPORT_REDIRECT") && c.met()),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 64(6): the defect found at intake is then asked for with a period to fix it")
    void defectFoundAtIntakeIsAskedFor() {
        fixture.givenCommands(file(AppealKind.APPLICATION, NO_ADDRESS, false))
                .when(new RequestDefectCorrection("a-1", null, List.of("the postal address"), date("2026-03-27")))
                .expectEventsMatching(events(
                        is(DefectCorrectionRequested.class, r -> r.fixBy().equals(LocalDate.of(2026, 3, 27))),
                        is(DeadlineScheduled.class, d -> d.timer().equals("DEFECT_CORRECTION"))));
    }

    @Test
    @DisplayName("APPC arts. 63(2)(1), 66(2), 66(4): a person without an IIN is delivered to by place, and the notice is given")
    void personWithoutIinIsDeliveredToByPlace() {
        scenario.today("2026-04-01T15:00");
        fixture.given(with(registered("a-1", AppealKind.APPLICATION, FOREIGNER, List.of()),
                        new ProcedureTerminated("a-1", TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS, "decided",
                                date("2026-04-01"), "APPC art. 70"),
                        // 3 WD from Wed 1 April: Thu 2, Fri 3, Mon 6 April
                        new DeadlineScheduled("a-1", "a-1:TERMINATION_NOTICE", "TERMINATION_NOTICE",
                                date("2026-04-02"), date("2026-04-06"), "3 working days", "APPC art. 70", true,
                                "appc-2025-12", "kz-2026", List.of(), List.of())))
                .when(new RecordDelivery("a-1", null, DeliveredDocument.TERMINATION_NOTICE, "t-1", List.of(
                        new Delivery("applicant", DeliveryChannel.REGISTERED_MAIL, almaty("2026-04-01T15:00"),
                                "mail 7"))))
                .expectEventsMatching(events(
                        is(DeliveryRecorded.class, d -> d.recipientId().equals("applicant")
                                && d.recipientName().equals("John Smith")),
                        is(DeadlineClosed.class, c -> c.timer().equals("TERMINATION_NOTICE") && c.met()
                                && c.closedOn().equals(date("2026-04-01")))));
    }
}
