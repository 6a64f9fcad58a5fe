package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
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

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.casefile.GrantCaseFileAccess;
import kz.appeals.command.domain.casefile.RequestCaseFileAccess;
import kz.appeals.events.Actor;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.TerminationGround;

/** Access to the case file (APPC arts. 75(1), 98(5)): given within 3 working days of the request. */
class CaseFileTest {

    private static final Actor CITIZEN_ACTOR = new Actor("citizen-aigerim", "CITIZEN", null, "Aigerim Sadykova",
            null);
    private static final Actor REGISTRAR = new Actor("reg-1", "REGISTRAR", AKIMAT.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    /** Asked on Thu 2 April 2026; access due Tue 7 April (3, 6, 7 April). */
    static List<Object> requested() {
        return with(inReview("a-1"),
                new CaseFileAccessRequested("a-1", "citizen-aigerim", "Aigerim Sadykova", null, date("2026-04-02"),
                        new ComputedDate(date("2026-04-03"), date("2026-04-07"), "3 working days", "APPC art. 75(1)",
                                true, "appc-2025-12", "kz-2026", List.of()), "APPC art. 75(1)"),
                new DeadlineScheduled("a-1", "a-1:CASE_FILE_ACCESS", "CASE_FILE_ACCESS", date("2026-04-03"),
                        date("2026-04-07"), "3 working days", "APPC art. 75(1)", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 75(1): asked on Thu 2 April 2026, access is due Tue 7 April (Fri 3, Mon 6, Tue 7)")
    void requestStartsTheAccessPeriod() {
        scenario.today("2026-04-02T10:00");
        fixture.given(inReview("a-1"))
                .when(new RequestCaseFileAccess("a-1", null, "the expert opinion"), ActorMetaData.of(CITIZEN_ACTOR))
                .expectEventsMatching(events(
                        is(CaseFileAccessRequested.class, r -> r.requestedBy().equals("citizen-aigerim")
                                && r.requesterName().equals("Aigerim Sadykova")
                                && r.scope().equals("the expert opinion") && r.requestedOn().equals(date("2026-04-02"))
                                && r.accessDueBy().date().equals(date("2026-04-07"))
                                && r.legalBasis().equals("APPC art. 75(1)")),
                        // warnings: 3 working days before (Thu 2 April, the request's own day, not armed) and
                        // 1 before, Mon 6 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("CASE_FILE_ACCESS")
                                && d.startsOn().equals(date("2026-04-03")) && d.dueDate().equals(date("2026-04-07"))
                                && d.period().equals("3 working days")
                                && d.warningDays().equals(List.of(date("2026-04-06"))))));
    }

    @Test
    @DisplayName("APPC arts. 75(1), 98(5): the complainant sees the file of the complaint review too")
    void complainantMayAskToSeeTheFile() {
        scenario.today("2026-04-02T10:00");
        fixture.given(inReview("a-1", AppealKind.COMPLAINT))
                .when(new RequestCaseFileAccess("a-1", null, null), ActorMetaData.of(CITIZEN_ACTOR))
                .expectEventsMatching(events(
                        is(CaseFileAccessRequested.class, r -> r.legalBasis().equals("APPC art. 75(1), 98(5)")),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-07")))));
    }

    @Test
    @DisplayName("APPC art. 75(1): access given on Mon 6 April closes the period as met")
    void accessGivenInTime() {
        scenario.today("2026-04-06T10:00");
        fixture.given(requested())
                .when(new GrantCaseFileAccess("a-1", null, "read in the office, copies made", null),
                        ActorMetaData.of(REGISTRAR))
                .expectEvents(
                        new CaseFileAccessGranted("a-1", date("2026-04-06"), "read in the office, copies made", null,
                                "reg-1", false, "APPC art. 75(1)"),
                        new DeadlineClosed("a-1", "a-1:CASE_FILE_ACCESS", "CASE_FILE_ACCESS", date("2026-04-07"),
                                date("2026-04-06"), true, "CaseFileAccessGranted", "APPC art. 75(1)"));
    }

    @Test
    @DisplayName("APPC art. 75(1): access given on Wed 8 April, after Tue 7 April, is recorded as late")
    void lateAccessIsRecordedAsLate() {
        scenario.today("2026-04-08T10:00");
        fixture.given(requested())
                .when(new GrantCaseFileAccess("a-1", null, "electronic copies", "a third party's personal data"),
                        ActorMetaData.of(REGISTRAR))
                .expectEventsMatching(events(
                        is(CaseFileAccessGranted.class, g -> g.late()
                                && g.withheld().equals("a third party's personal data")),
                        is(DeadlineClosed.class, c -> !c.met())));
    }

    @Test
    @DisplayName("APPC art. 75(1): one request waits at a time")
    void secondRequestWhileOneWaitsIsRefused() {
        fixture.given(requested())
                .when(new RequestCaseFileAccess("a-1", null, null), ActorMetaData.of(CITIZEN_ACTOR))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("APPC art. 75(1)"));
    }

    @Test
    @DisplayName("APPC art. 75(1): no access is granted without a request, and the grant says how")
    void grantNeedsARequestAndItsMeans() {
        fixture.given(inReview("a-1"))
                .when(new GrantCaseFileAccess("a-1", null, "copies", null), ActorMetaData.of(REGISTRAR))
                .expectException(StateConflict.class);
        fixture.given(requested())
                .when(new GrantCaseFileAccess("a-1", null, " ", null), ActorMetaData.of(REGISTRAR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 75(1)"));
    }

    @Test
    @DisplayName("APPC art. 75(1): after the procedure ended the file is not asked for under art. 75")
    void requestAfterTerminationIsRefused() {
        fixture.given(with(inReview("a-1"), new ProcedureTerminated("a-1",
                        TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS, "decided", date("2026-04-01"),
                        "APPC art. 70")))
                .when(new RequestCaseFileAccess("a-1", null, null), ActorMetaData.of(CITIZEN_ACTOR))
                .expectException(StateConflict.class);
    }
}
