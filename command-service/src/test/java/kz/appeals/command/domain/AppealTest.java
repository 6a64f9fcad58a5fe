package kz.appeals.command.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.application.ActorMetaData;
import kz.appeals.command.application.AppealIntakeHandler;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.Party;

/**
 * Filing and registration, given-when-then. Expected dates are worked out by hand from the 2026 calendar:
 * Nauryz falls on Sat 21 - Mon 23 March 2026, so 23, 24 and 25 March are days off.
 */
class AppealTest {

    private static final Instant TALON_TIME = Instant.parse("2026-03-16T04:00:00Z");
    private static final Party CITIZEN = new Party(Party.PartyType.INDIVIDUAL, "900101300017", null,
            "Aigerim Sadykova", null, "Almaty, Abay ave 10", "+77011234567", null);
    private static final Party COMPANY = new Party(Party.PartyType.LEGAL_ENTITY, null, "080940012347", null,
            "Nur Construction LLP", "Astana, Mangilik El 1", null, "office@nur.kz");
    private static final Addressee AKIMAT = new Addressee("almaty-akimat", "Akimat of Almaty");

    private final Map<String, Long> counters = new HashMap<>();
    private FixtureConfiguration<Appeal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appeal.class);
        TalonNumbers numbers = (prefix, year) -> counters.merge(prefix + year, 1L, Long::sum);
        fixture.registerAnnotatedCommandHandler(new AppealIntakeHandler(fixture.getRepository(),
                StatutoryClock.create(ClockSettings.defaults()), numbers, Clock.fixed(TALON_TIME, ZoneOffset.UTC)));
    }

    private static FileAppeal file(String id, AppealKind kind, Party applicant, AppealForm form, String receivedAt) {
        return new FileAppeal(id, kind, applicant, List.of(), AKIMAT, "Street lighting on Abay avenue is broken",
                form, Channel.E_OTINISH, OffsetDateTime.parse(receivedAt).toInstant());
    }

    @Test
    @DisplayName("APPC art. 64(3), 76(1): filed Saturday evening -> registered Monday, answer due 15 working days on")
    void applicationFiledOnSaturdayIsRegisteredOnTheNextWorkingDay() {
        FileAppeal command = file("a-1", AppealKind.APPLICATION, CITIZEN, AppealForm.ELECTRONIC,
                "2026-03-14T19:00:00+05:00");
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e.equals(new AppealFiled("a-1", AppealKind.APPLICATION, CITIZEN, List.of(),
                                AKIMAT, command.substance(), AppealForm.ELECTRONIC, Channel.E_OTINISH,
                                command.receivedAt()))),
                        // counted: 17-20 Mar (4), 26-27 (6), 30-31 (8), 1-3 Apr (11), 6-9 Apr (15)
                        predicate(e -> e instanceof AppealRegistered r
                                && r.registrationNumber().equals("ЖТ-2026-00000001")
                                && r.registeredOn().equals(LocalDate.of(2026, 3, 16))
                                && r.reviewStartsOn().equals(LocalDate.of(2026, 3, 17))
                                && r.dueDate().equals(LocalDate.of(2026, 4, 9))
                                && r.legalBasis().contains("76")
                                && r.registrar().equals("automatic registration")
                                && r.talonIssuedAt().equals(TALON_TIME)
                                && !r.explanation().isEmpty()
                                && r.ruleSetVersion() != null && r.calendarVersion() != null),
                        andNoMore())));
    }

    @Test
    @DisplayName("APPC art. 64(3): received on a working day before 18:30 -> registered the same day")
    void applicationReceivedInWorkingHoursIsRegisteredTheSameDay() {
        fixture.givenNoPriorActivity()
                .when(file("a-2", AppealKind.APPLICATION, CITIZEN, AppealForm.ELECTRONIC,
                        "2026-03-17T10:00:00+05:00"))
                // counted from 18 Mar: 18-20 (3), 26-27 (5), 30-31 (7), 1-3 Apr (10), 6-10 Apr (15)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AppealFiled),
                        predicate(e -> e instanceof AppealRegistered r
                                && r.registeredOn().equals(LocalDate.of(2026, 3, 17))
                                && r.dueDate().equals(LocalDate.of(2026, 4, 10))),
                        andNoMore())));
    }

    @Test
    @DisplayName("APPC art. 99: a complaint is reviewed within 20 working days of registration")
    void complaintGetsTwentyWorkingDays() {
        fixture.givenNoPriorActivity()
                .when(file("c-1", AppealKind.COMPLAINT, CITIZEN, AppealForm.ELECTRONIC,
                        "2026-03-17T10:00:00+05:00"))
                // as above to 10 Apr (15), then 13-17 Apr (20)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AppealFiled),
                        predicate(e -> e instanceof AppealRegistered r
                                && r.dueDate().equals(LocalDate.of(2026, 4, 17))
                                && r.legalBasis().contains("99")),
                        andNoMore())));
    }

    @Test
    @DisplayName("APPC art. 64(2): a legal entity's talon has the ЗТ prefix and its own yearly counter")
    void legalEntityTalonHasItsOwnPrefixAndCounter() {
        fixture.givenNoPriorActivity()
                .when(file("b-1", AppealKind.APPLICATION, COMPANY, AppealForm.ELECTRONIC,
                        "2026-03-17T10:00:00+05:00"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AppealFiled),
                        predicate(e -> e instanceof AppealRegistered r
                                && r.registrationNumber().equals("ЗТ-2026-00000001")),
                        andNoMore())));
    }

    @Test
    @DisplayName("APPC art. 64(2): a paper appeal's talon names the official who registered it")
    void paperAppealIsRegisteredByTheActingOfficial() {
        Actor registrar = new Actor("registrar-17", "REGISTRAR", "almaty-akimat");
        fixture.givenNoPriorActivity()
                .when(file("p-1", AppealKind.APPLICATION, CITIZEN, AppealForm.PAPER, "2026-03-17T10:00:00+05:00"),
                        ActorMetaData.of(registrar))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof AppealFiled),
                        predicate(e -> e instanceof AppealRegistered r && r.registrar().equals("registrar-17")),
                        andNoMore())));
    }
}
