package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.complaint.NamedAct;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.DeadlineScheduled;

/**
 * Issue 12, item 5: a complaint filed through plain filing (kind COMPLAINT, no appeal here to challenge) is a complaint
 * all the same: the act it names, the filing period (art. 92), the forwarding clock (art. 91(4)), the 20 working days
 * (art. 99) and the suspension of the act (art. 96); it is written (art. 93(1)). Received on Tue 17 March 2026 at 10:00
 * and registered that day.
 */
class DirectComplaintTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    DirectComplaintTest() {
        scenario.today("2026-03-17T10:00");
    }

    private static FileAppeal complaint(AppealForm form, NamedAct act) {
        return new FileAppeal("c-1", AppealKind.COMPLAINT, CITIZEN, List.of(), AKIMAT,
                "the akimat's order to demolish my garage is unlawful", form, Channel.POST,
                almaty("2026-03-17T10:00"), false, null, act);
    }

    /** An order the akimat adopted on its own initiative (art. 62(1)(2)), stating the route, learned of on 2 March. */
    private static final NamedAct ORDER = new NamedAct("ACT", "order 17-p", date("2026-02-27"), "deputy-akim-1",
            date("2026-03-02"), true);

    @Test
    @DisplayName("APPC arts. 62(1)(2), 91(4), 92, 96, 99: a complaint against an act named by the complainant")
    void complaintAgainstActAdoptedOnOwnInitiativeGetsTheComplaintClocks() {
        fixture.givenNoPriorActivity()
                .when(complaint(AppealForm.PAPER, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> f.kind() == AppealKind.COMPLAINT),
                        // 20 WD from 18 Mar: 18-20 (3), 23-25 Nauryz off, 26-27 (5), 30-31 (7), 1-3 Apr (10),
                        // 6-10 Apr (15), 13-17 Apr (20)
                        is(AppealRegistered.class, r -> r.dueDate().equals(date("2026-04-17"))
                                && r.legalBasis().contains("99")),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")
                                && d.dueDate().equals(date("2026-04-17"))),
                        // 3 months from Mon 2 March: Tue 2 June 2026, a working day; received 17 March, not late
                        is(ComplaintFiled.class, c -> c.challengedAppealId() == null
                                && c.challengedActId().equals("order 17-p")
                                && c.challengedActIssuedBy().equals("deputy-akim-1")
                                && c.filedWithBodyId().equals(AKIMAT.bodyId())
                                && c.learnedOfActOn().equals(date("2026-03-02"))
                                && c.filingPeriodEnds().date().equals(date("2026-06-02")) && !c.late()
                                && c.legalBasis().contains("62(1)(2)")),
                        // forwarding: 3 WD from registration on 17 March: 18, 19, 20 March
                        is(DeadlineScheduled.class, d -> d.timer().equals("COMPLAINT_FORWARDING")
                                && d.dueDate().equals(date("2026-03-20"))),
                        is(ActExecutionSuspended.class, s -> s.actId().equals("order 17-p")
                                && s.complaintAppealId().equals("c-1") && s.legalBasis().contains("96"))));
    }

    @Test
    @DisplayName("APPC art. 92(3): a late complaint against a named act is recorded as late, not refused")
    void lateComplaintIsRecordedAsLate() {
        // learned on Mon 10 Nov 2025, route stated: 3 months end Tue 10 Feb 2026; received 17 March is late
        NamedAct old = new NamedAct("ACT", "order 9-p", date("2025-11-07"), "deputy-akim-1", date("2025-11-10"),
                true);
        fixture.givenNoPriorActivity()
                .when(complaint(AppealForm.ELECTRONIC, old))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(ComplaintFiled.class, c -> c.late()
                                && c.filingPeriodEnds().date().equals(date("2026-02-10"))),
                        is(DeadlineScheduled.class, d -> d.timer().equals("COMPLAINT_FORWARDING")),
                        is(ActExecutionSuspended.class, s -> true)));
    }

    @Test
    @DisplayName("APPC art. 92: without a stated route the period is 6 months; an inaction suspends no act")
    void complaintAboutInactionWithoutRouteGetsSixMonths() {
        // learned on Mon 2 March 2026, no route stated: 6 months end Wed 2 September 2026, a working day
        NamedAct inaction = new NamedAct("INACTION", null, null, null, date("2026-03-02"), false);
        fixture.givenNoPriorActivity()
                .when(complaint(AppealForm.ELECTRONIC, inaction))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(ComplaintFiled.class, c -> !c.late() && !c.routeStated()
                                && c.filingPeriodEnds().date().equals(date("2026-09-02"))),
                        is(DeadlineScheduled.class, d -> d.timer().equals("COMPLAINT_FORWARDING"))));
    }

    @Test
    @DisplayName("APPC arts. 62(1)(2), 91: a complaint naming nothing it challenges is refused with the article")
    void complaintNamingNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(complaint(AppealForm.ELECTRONIC, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("names the act"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 93(1): a complaint is written; an oral one is refused")
    void oralComplaintIsRefused() {
        fixture.givenNoPriorActivity()
                .when(complaint(AppealForm.ORAL, ORDER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("in writing"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 93(1): a complaint by video against an appeal's act is refused too")
    void videoComplaintAgainstAnAppealsActIsRefused() {
        scenario.records.put("a-1", ComplaintTest.decidedAppeal(DecisionTest.ROUTE, "act-1"));
        fixture.givenNoPriorActivity()
                .when(new FileComplaint("c-1", "a-1", "ACT", CITIZEN, List.of(), "the refusal is unlawful",
                        AppealForm.VIDEO, Channel.VIDEO_CONFERENCE, almaty("2026-03-17T10:00"), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
