package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.NEIGHBOUR;
import static kz.appeals.command.domain.Scenario.POLICE;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.registered;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.intake.AttachRepeatedAppeal;
import kz.appeals.command.domain.intake.IdentifyRepeatedAppeal;
import kz.appeals.command.domain.intake.ReturnAppeal;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.Party;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatConsequence;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.ReturnGround;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Repeated appeals (APPC arts. 64(7)(2), 64(8), 70(1)(1), 70(5)). The repeat r-1 of Aigerim Sadykova was received and
 * registered at the akimat on Tue 17 March 2026 (see {@link Scenario#registered}); "today" is Wed 18 March 2026. The
 * earlier appeal e-1 was hers, at the akimat too, unless a test says otherwise.
 */
class RepeatedAppealTest {

    private final Scenario scenario = new Scenario().today("2026-03-18T10:00");
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    static AppealRecord earlier(AppealState state, ReturnGround returnGround, Party applicant, Addressee body) {
        return new AppealRecord("e-1", AppealKind.APPLICATION, state, "ЖТ-2026-00000003", applicant, List.of(), body,
                null, null, Scenario.almaty("2026-02-02T10:00"), null, null, null, null, null, null, null,
                returnGround, null);
    }

    static AppealRecord returnedAsRepeat(String id) {
        return new AppealRecord(id, AppealKind.APPLICATION, AppealState.RETURNED, "ЖТ-2026-00000007", CITIZEN,
                List.of(), AKIMAT, null, null, Scenario.almaty("2026-02-02T10:00"), null, null, null, null, null, null,
                null, ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS, null);
    }

    private static List<Object> repeat() {
        return registered("r-1", AppealKind.APPLICATION, CITIZEN, List.of());
    }

    private static IdentifyRepeatedAppeal nothingNew() {
        return new IdentifyRepeatedAppeal("r-1", null, "e-1", false, "the same grievance; decided on 2 March");
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): a repeat of a terminated procedure is to be returned within 3 WD of registration")
    void repeatOfATerminatedProcedureStartsTheReturnPeriod() {
        scenario.records.put("e-1", earlier(AppealState.TERMINATED, null, CITIZEN, AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectEventsMatching(events(
                        e -> e.equals(new RepeatedAppealIdentified("r-1", "e-1", "ЖТ-2026-00000003", false,
                                RepeatConsequence.RETURN, date("2026-03-18"), "APPC art. 64(7)(2)")),
                        // registered Tue 17 March: 18, 19, 20 March -> Fri 20 March (counted from the registration,
                        // not from today); the 1-day warning on Thu 19 March
                        is(DeadlineScheduled.class, d -> d.timer().equals("RETURN")
                                && d.startsOn().equals(date("2026-03-18")) && d.dueDate().equals(date("2026-03-20"))
                                && d.legalBasis().equals("APPC art. 64(7)")
                                && d.warningDays().equals(List.of(date("2026-03-19"))))));
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): identified on Thu 19 March, the return is still due Fri 20 March")
    void returnPeriodCountsFromRegistrationNotFromIdentification() {
        scenario.today("2026-03-19T10:00");
        scenario.records.put("e-1", earlier(AppealState.RETURNED, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, CITIZEN,
                AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectEventsMatching(events(
                        is(RepeatedAppealIdentified.class, r -> r.consequence() == RepeatConsequence.RETURN),
                        is(DeadlineScheduled.class, d -> d.timer().equals("RETURN")
                                && d.dueDate().equals(date("2026-03-20")))));
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): the identified repeat is returned with reasons; the return closes its period")
    void identifiedRepeatIsReturned() {
        scenario.today("2026-03-20T10:00");
        fixture.given(with(repeat(), new RepeatedAppealIdentified("r-1", "e-1", "ЖТ-2026-00000003", false,
                        RepeatConsequence.RETURN, date("2026-03-18"), "APPC art. 64(7)(2)"),
                        new DeadlineScheduled("r-1", "r-1:RETURN", "RETURN", date("2026-03-18"), date("2026-03-20"),
                                "3 working days", "APPC art. 64(7)", true, "appc-2025-12", "kz-2026", List.of(),
                                List.of())))
                .when(new ReturnAppeal("r-1", null, ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS,
                        "repeats ЖТ-2026-00000003, terminated on 2 March, with nothing new", false))
                .expectEventsMatching(events(
                        is(AppealReturned.class, r -> r.ground() == ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        is(DeadlineClosed.class, c -> c.timer().equals("RETURN") && c.met()
                                && c.closedOn().equals(date("2026-03-20")))));
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): no return as a repeat unless the repeat was found")
    void returnAsARepeatWithoutIdentificationIsRefused() {
        fixture.given(repeat())
                .when(new ReturnAppeal("r-1", null, ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS, "a repeat", false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 64(7)(2)"));
    }

    @Test
    @DisplayName("APPC art. 64(8): only the re-filing after the return as a repeat is attached without an answer")
    void refilingAfterTheReturnIsAttached() {
        scenario.records.put("e-1", earlier(AppealState.RETURNED, ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS, CITIZEN,
                AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectEventsMatching(events(
                        is(RepeatedAppealIdentified.class, r -> r.consequence() == RepeatConsequence.ATTACH
                                && r.legalBasis().equals("APPC art. 64(8)")),
                        is(RepeatedAppealAttached.class, a -> a.earlierAppealId().equals("e-1")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 64(8): a repeat of a terminated procedure is not attached at once")
    void attachingTheFirstRepeatIsRefused() {
        scenario.records.put("e-1", earlier(AppealState.TERMINATED, null, CITIZEN, AKIMAT));
        fixture.given(repeat())
                .when(new AttachRepeatedAppeal("r-1", null, "e-1", "nothing new"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("returned as a repeat"));
    }

    @Test
    @DisplayName("APPC art. 70(1)(1): a repeat of a decided matter ends in termination, notice within 3 WD")
    void repeatOfADecidedMatterIsTerminated() {
        scenario.records.put("e-1", earlier(AppealState.DECIDED, null, CITIZEN, AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectEventsMatching(events(
                        is(RepeatedAppealIdentified.class, r -> r.consequence() == RepeatConsequence.TERMINATE
                                && r.legalBasis().equals("APPC art. 70(1)(1)")),
                        is(ProcedureTerminated.class, t -> t.ground() == TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS
                                && t.terminatedOn().equals(date("2026-03-18"))),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        // 19, 20 March; 23-25 March are Nauryz days off; 26 March -> Thu 26 March
                        is(DeadlineScheduled.class, d -> d.timer().equals("TERMINATION_NOTICE")
                                && d.dueDate().equals(date("2026-03-26")))));
    }

    @Test
    @DisplayName("APPC art. 70(5): a repeat with new arguments is considered as a new appeal")
    void repeatWithNewArgumentsProceeds() {
        scenario.records.put("e-1", earlier(AppealState.DECIDED, null, CITIZEN, AKIMAT));
        fixture.given(repeat())
                .when(new IdentifyRepeatedAppeal("r-1", null, "e-1", true, null))
                .expectEvents(new RepeatedAppealIdentified("r-1", "e-1", "ЖТ-2026-00000003", true,
                        RepeatConsequence.NEW_APPEAL, date("2026-03-18"), "APPC art. 70(5)"));
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): another applicant's appeal is no repeat of hers")
    void anotherApplicantsAppealIsNoRepeat() {
        scenario.records.put("e-1", earlier(AppealState.TERMINATED, null, NEIGHBOUR, AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("another applicant's"));
    }

    @Test
    @DisplayName("APPC art. 64(7)(2): an appeal at another body is no repeat at this one")
    void anotherBodysAppealIsNoRepeat() {
        scenario.records.put("e-1", earlier(AppealState.TERMINATED, null, CITIZEN, POLICE));
        fixture.given(repeat())
                .when(nothingNew())
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("filed with the same body"));
    }

    @Test
    @DisplayName("APPC art. 64(8): a repeat follows a procedure that ended")
    void repeatOfAnOpenAppealIsRefused() {
        scenario.records.put("e-1", earlier(AppealState.IN_REVIEW, null, CITIZEN, AKIMAT));
        fixture.given(repeat())
                .when(nothingNew())
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("still IN_REVIEW"));
    }
}
