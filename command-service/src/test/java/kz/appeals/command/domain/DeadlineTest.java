package kz.appeals.command.domain;

import static kz.appeals.command.domain.DecisionTest.ROUTE;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.is;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.consideration.ExtendReviewPeriod;
import kz.appeals.command.domain.consideration.ExtensionAuthority;
import kz.appeals.command.domain.deadlines.DeadlineTrigger;
import kz.appeals.command.domain.deadlines.MoveDeadlineForCalendar;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.RequestDefectCorrection;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.SimplifiedOutcome;

/**
 * The clocks over time, on the fixture's deadline manager. An application received Tue 17 March 2026 at 10:00 is due
 * Fri 10 April 2026 (see {@link Scenario#registered}); a deadline is missed at the start (00:00 Almaty) of the day after
 * its due date, and a warning "n working days left" fires at the start of the n-th working day before it.
 */
class DeadlineTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    private static FileAppeal application(AppealKind kind) {
        return new FileAppeal("a-1", kind, CITIZEN, List.of(), AKIMAT, "Street lighting on Abay avenue is broken",
                AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-03-17T10:00"), false, null, null);
    }

    private TestExecutor<Appeal> filedOnTuesday17March(AppealKind kind) {
        scenario.today("2026-03-17T10:00");
        return fixture.givenCurrentTime(almaty("2026-03-17T10:00")).andGivenCommands(application(kind));
    }

    @Test
    @DisplayName("Filing arms the review period: warnings Tue 7 and Thu 9 April, expiry at the start of Sat 11 April")
    void filingSchedulesTheReviewWarningsAndExpiry() {
        scenario.today("2026-03-17T10:00");
        fixture.givenCurrentTime(almaty("2026-03-17T10:00"))
                .when(application(AppealKind.APPLICATION))
                .expectScheduledDeadline(almaty("2026-04-07T00:00"),
                        new DeadlineTrigger("REVIEW", date("2026-04-10"), 3, date("2026-04-07")))
                .expectScheduledDeadline(almaty("2026-04-09T00:00"),
                        new DeadlineTrigger("REVIEW", date("2026-04-10"), 1, date("2026-04-09")))
                .expectScheduledDeadline(almaty("2026-04-11T00:00"),
                        new DeadlineTrigger("REVIEW", date("2026-04-10"), 0, date("2026-04-11")));
    }

    @Test
    @DisplayName("Nothing happens before the first warning day")
    void nothingHappensBeforeTheFirstWarning() {
        filedOnTuesday17March(AppealKind.APPLICATION)
                .whenTimeAdvancesTo(almaty("2026-04-06T23:59"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 91(2): warned at 3 and 1 working days, missed on 11 April, a deemed refusal opens the complaint")
    void missedApplicationIsADeemedRefusal() {
        filedOnTuesday17March(AppealKind.APPLICATION)
                .whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                .expectEventsMatching(events(
                        e -> e.equals(new DeadlineWarningIssued("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"),
                                date("2026-04-07"), 3, "APPC art. 76(1)-(2)")),
                        e -> e.equals(new DeadlineWarningIssued("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"),
                                date("2026-04-09"), 1, "APPC art. 76(1)-(2)")),
                        e -> e.equals(new DeadlineMissed("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"),
                                date("2026-04-11"), "APPC art. 76(1)-(2)")),
                        // 10 April + 3 months = Fri 10 July 2026
                        is(DeemedRefusalOccurred.class, d -> d.expiredOn().equals(date("2026-04-10"))
                                && d.opens().equals("COMPLAINT") && d.legalBasis().equals("APPC art. 91(2)")
                                && d.routeOpenUntil().date().equals(date("2026-07-10"))
                                && !d.routeOpenUntil().explanation().isEmpty())));
    }

    @Test
    @DisplayName("APPC art. 87: a missed request is recorded as missed, without a deemed refusal")
    void missedRequestIsNoDeemedRefusal() {
        filedOnTuesday17March(AppealKind.REQUEST)
                .whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> true),
                        is(DeadlineWarningIssued.class, w -> true),
                        is(DeadlineMissed.class, m -> true)));
    }

    @Test
    @DisplayName("A decided appeal's clock is closed: its warnings and expiry change nothing")
    void answeredAppealIgnoresItsTriggers() {
        filedOnTuesday17March(AppealKind.REQUEST)
                .andGivenCommands(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.EXPLAINED, "explained",
                        List.of("Law X, art. 1")))
                .whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 76(3): after an extension the old expiry is ignored; the extension notice has its own clock")
    void extensionReplacesTheOriginalExpiry() {
        TestExecutor<Appeal> filed = filedOnTuesday17March(AppealKind.APPLICATION);
        scenario.today("2026-04-01T10:00");
        filed.andGivenCommands(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-05-08")))
                .whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                // notice due Mon 6 April (2, 3, 6): warned Fri 3 April, missed at the start of Tue 7 April
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("EXTENSION_NOTICE")
                                && w.warnedOn().equals(date("2026-04-03")) && w.workingDaysLeft() == 1),
                        is(DeadlineMissed.class, m -> m.timer().equals("EXTENSION_NOTICE")
                                && m.missedOn().equals(date("2026-04-07")))));
    }

    @Test
    @DisplayName("APPC arts. 64(6), 91(2): the review clock runs on while defects are fixed; its expiry is a deemed refusal")
    void reviewPeriodRunsOnWhileDefectsAreFixed() {
        TestExecutor<Appeal> filed = filedOnTuesday17March(AppealKind.APPLICATION);
        scenario.today("2026-04-01T10:00");
        TestExecutor<Appeal> asked = filed.andGivenCommands(new RequestDefectCorrection("a-1", null,
                List.of("postal address"), date("2026-04-20")));
        scenario.today("2026-04-11T00:00");
        asked.whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                // the fix period's warnings fall on 15 and 17 April; the review's fire on 7 and 9 April and it is
                // missed at the start of Sat 11 April, although the applicant is still fixing the appeal
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("REVIEW")
                                && w.warnedOn().equals(date("2026-04-07"))),
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("REVIEW")
                                && w.warnedOn().equals(date("2026-04-09"))),
                        is(DeadlineMissed.class, m -> m.timer().equals("REVIEW")
                                && m.missedOn().equals(date("2026-04-11"))),
                        is(DeemedRefusalOccurred.class, d -> d.expiredOn().equals(date("2026-04-10")))));
    }

    @Test
    @DisplayName("[U] setting: the review clock stands still while defects are fixed; a missed fix starts the return")
    void missedFixPeriodStartsTheReturnPeriod() {
        Scenario scenario = new Scenario(new ProcedureSettings(true));
        scenario.today("2026-03-17T10:00");
        TestExecutor<Appeal> filed = scenario.fixture.givenCurrentTime(almaty("2026-03-17T10:00"))
                .andGivenCommands(application(AppealKind.APPLICATION));
        scenario.today("2026-04-01T10:00");
        TestExecutor<Appeal> asked = filed.andGivenCommands(new RequestDefectCorrection("a-1", null,
                List.of("postal address"), date("2026-04-08")));
        scenario.today("2026-04-09T00:00");
        asked.whenTimeAdvancesTo(almaty("2026-04-09T00:00"))
                // fix period 2-8 April: warned Fri 3 and Tue 7 April; the review's warnings of 7 and 9 April are
                // ignored while waiting; then the return: 9, 10, 13 April -> Mon 13 April, warned Fri 10 April
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("DEFECT_CORRECTION")
                                && w.warnedOn().equals(date("2026-04-03"))),
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("DEFECT_CORRECTION")
                                && w.warnedOn().equals(date("2026-04-07"))),
                        is(DeadlineClosed.class, c -> c.timer().equals("DEFECT_CORRECTION") && !c.met()
                                && c.closedOn().equals(date("2026-04-09"))),
                        is(DeadlineScheduled.class, d -> d.timer().equals("RETURN")
                                && d.dueDate().equals(date("2026-04-13"))
                                && d.warningDays().equals(List.of(date("2026-04-10"))))));
    }

    @Test
    @DisplayName("A calendar change moves the deadline: the old triggers are ignored, the new ones fire")
    void movedDeadlineFiresOnItsNewDates() {
        filedOnTuesday17March(AppealKind.APPLICATION)
                .andGivenCommands(new MoveDeadlineForCalendar("a-1", "REVIEW", date("2026-04-10"), date("2026-04-13"),
                        "calendar changed: 2026-04-08 is now a day off", "kz-2026@test", List.of()))
                .whenTimeAdvancesTo(almaty("2026-04-11T00:00"))
                // due Mon 13 April: 3 left on Wed 8 April (9, 10, 13), 1 left on Fri 10 April
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> w.dueDate().equals(date("2026-04-13"))
                                && w.warnedOn().equals(date("2026-04-08")) && w.workingDaysLeft() == 3),
                        is(DeadlineWarningIssued.class, w -> w.dueDate().equals(date("2026-04-13"))
                                && w.warnedOn().equals(date("2026-04-10")) && w.workingDaysLeft() == 1)));
    }

    @Test
    @DisplayName("APPC arts. 91(4), 100(5), 136(6): a complaint left unanswered for 20 working days opens the court for 1 month")
    void silentReviewBodyOpensTheCourt() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", ComplaintTest.decidedAppeal(ROUTE, "act-1"));
        fixture.givenCurrentTime(almaty("2026-04-14T10:00"))
                .andGivenCommands(ComplaintTest.complaint(null))
                .whenTimeAdvancesTo(almaty("2026-05-16T00:00"))
                .expectEventsMatching(events(
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("COMPLAINT_FORWARDING")
                                && w.warnedOn().equals(date("2026-04-16"))),
                        is(DeadlineMissed.class, m -> m.timer().equals("COMPLAINT_FORWARDING")
                                && m.missedOn().equals(date("2026-04-18"))),
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("REVIEW")
                                && w.warnedOn().equals(date("2026-05-12"))),
                        is(DeadlineWarningIssued.class, w -> w.timer().equals("REVIEW")
                                && w.warnedOn().equals(date("2026-05-14"))),
                        is(DeadlineMissed.class, m -> m.timer().equals("REVIEW")
                                && m.missedOn().equals(date("2026-05-16"))),
                        // 15 May + 1 month = Mon 15 June 2026
                        is(DeemedRefusalOccurred.class, d -> d.opens().equals("COURT")
                                && d.legalBasis().equals("APPC art. 100(5), 136(6)")
                                && d.routeOpenUntil().date().equals(date("2026-06-15")))));
    }
}
