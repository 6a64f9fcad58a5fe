package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.POLICE;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.is;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.RedirectAppeal;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;

/**
 * APPC art. 90-5(1): a supported petition is reviewed within 20 working days by a local representative or executive
 * body, 40 by a central one; the level is the body's, from configuration ({@link BodyLevels}; the fixture treats the
 * akimats as local). A petition received Tue 17 March 2026 at 10:00 is registered that day and counted from 18 March.
 */
class BodyLevelTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    private static FileAppeal petition(AppealKind kind, Addressee to) {
        return new FileAppeal("p-1", kind, CITIZEN, List.of(), to, "A park instead of a car park",
                AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-03-17T10:00"), false, null, null);
    }

    @ParameterizedTest(name = "{0} to {1}: due {2} ({3})")
    @CsvSource({
            // 18, 19, 20 (3); 23-25 March Nauryz; 26, 27 (5); 30, 31 (7); 1-3 April (10); 6-10 (15); 13-17 (20)
            "PETITION,    almaty-akimat, 2026-04-17, 20 working days",
            // ... 20-24 April (25); 27-30 (29); 1 May off; 4-6 (32); 7 May off; 8 (33); 11 May off; 12-15 (37); 18-20 (40)
            "PETITION,    almaty-police, 2026-05-20, 40 working days",
            // the level changes only a petition's period: 15 working days for an application at either body
            "APPLICATION, almaty-akimat, 2026-04-10, 15 working days",
            "APPLICATION, almaty-police, 2026-04-10, 15 working days"
    })
    void petitionPeriodFollowsTheBodysLevel(AppealKind kind, String bodyId, LocalDate due, String period) {
        scenario.today("2026-03-17T10:00");
        Addressee to = bodyId.equals(AKIMAT.bodyId()) ? AKIMAT : POLICE;
        fixture.givenNoPriorActivity()
                .when(petition(kind, to))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.dueDate().equals(due) && r.period().equals(period)),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(due))));
    }

    @ParameterizedTest(name = "redirected to {0}, arriving Fri 20 March: due {1}")
    @CsvSource({
            // from 21 March: 23-25 off; 26, 27 (2); 30, 31 (4); 1-3 April (7); 6-10 (12); 13-17 (17); 20-22 (20)
            "almaty-akimat, 2026-04-22",
            // ... 23, 24 (22); 27-30 (26); 4-6 May (29); 8 (30); 12-15 (34); 18-22 (39); 25 (40)
            "almaty-police, 2026-05-25"
    })
    void redirectedPetitionIsCountedAtTheCompetentBodysLevel(String bodyId, LocalDate due) {
        scenario.today("2026-03-18T10:00");
        Addressee from = bodyId.equals(AKIMAT.bodyId()) ? POLICE : AKIMAT;
        Addressee to = bodyId.equals(AKIMAT.bodyId()) ? AKIMAT : POLICE;
        fixture.givenCommands(petition(AppealKind.PETITION, from))
                .when(new RedirectAppeal("p-1", null, to, "outside competence", date("2026-03-20")))
                .expectEventsMatching(events(
                        is(AppealRedirected.class, r -> true),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW") && d.dueDate().equals(due))));
    }
}
