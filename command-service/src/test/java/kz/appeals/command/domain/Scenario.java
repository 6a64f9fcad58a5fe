package kz.appeals.command.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Instant;
import java.time.LocalDate;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.BodyLevel;
import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.MutableClock;
import kz.appeals.command.application.AppealIntakeHandler;
import kz.appeals.command.domain.intake.TalonNumbers;
import kz.appeals.command.domain.intake.WorkingHours;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.Party;

/**
 * The fixture every aggregate test uses: the real statutory clock on the bundled calendars, a wall clock the test
 * sets ("today" in Almaty), talon counters in memory and other appeals' records as the test declares them. Every date
 * a test expects is counted by hand in the test's comments, never taken from the clock.
 */
final class Scenario {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final Party CITIZEN = new Party(Party.PartyType.INDIVIDUAL, "900101300017", null, "Aigerim Sadykova", null,
            "Almaty, Abay ave 10", "+77011234567", null);
    static final Party NEIGHBOUR = new Party(Party.PartyType.INDIVIDUAL, "850315400124", null, "Marat Ospanov", null,
            "Almaty, Abay ave 10, apt 7", "+77017654321", null);
    static final Party COMPANY = new Party(Party.PartyType.LEGAL_ENTITY, null, "080940012347", null,
            "Nur Construction LLP", "Astana, Mangilik El 1", null, "office@nur.kz");
    static final Addressee AKIMAT = new Addressee("almaty-akimat", "Akimat of Almaty");
    static final Addressee POLICE = new Addressee("almaty-police", "Police Department of Almaty");
    /** A public service centre open to 20:00 (APPC art. 64(3), issue 12); every other body closes at 18:30. */
    static final Addressee SERVICE_CENTRE = new Addressee("almaty-psc", "Public Service Centre of Almaty");
    static final WorkingHours WORKING_HOURS = new WorkingHours(LocalTime.of(18, 30),
            Map.of(SERVICE_CENTRE.bodyId(), LocalTime.of(20, 0)));
    static final Addressee REGION = new Addressee("almaty-region-akimat", "Akimat of Almaty Region");

    /** The akimats are local executive bodies (art. 90-5(1)); the police department and the rest are central. */
    static final BodyLevels BODY_LEVELS = bodyId -> bodyId.endsWith("-akimat") ? BodyLevel.LOCAL : BodyLevel.CENTRAL;

    final MutableClock wallClock = new MutableClock(almaty("2026-04-01T10:00"));
    final StatutoryClock statutoryClock = StatutoryClock.create(ClockSettings.defaults());
    final StatutoryTime time = new StatutoryTime(statutoryClock, wallClock, List.of(3, 1));
    final Map<String, AppealRecord> records = new HashMap<>();
    final FixtureConfiguration<Appeal> fixture = new AggregateTestFixture<>(Appeal.class);

    Scenario() {
        this(ProcedureSettings.DEFAULTS);
    }

    Scenario(ProcedureSettings settings) {
        Map<String, Long> counters = new HashMap<>();
        TalonNumbers numbers = (prefix, year) -> counters.merge(prefix + year, 1L, Long::sum);
        AppealRecords lookup = id -> Optional.ofNullable(records.get(id));
        fixture.registerInjectableResource(time);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource(settings);
        fixture.registerInjectableResource(BODY_LEVELS);
        fixture.registerAnnotatedCommandHandler(new AppealIntakeHandler(fixture.getRepository(), time, numbers,
                WORKING_HOURS, BODY_LEVELS));
    }

    /** Sets "today" to a local date and time in Almaty. */
    Scenario today(String localDateTime) {
        wallClock.set(almaty(localDateTime));
        return this;
    }

    static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /**
     * An appeal received on Tue 17 March 2026 at 10:00, registered the same day. Its review period counts from 18 March:
     * 18-20 (3), 23-25 March are Nauryz days off, 26-27 (5), 30-31 (7), 1-3 April (10), 6-10 April (15): due Fri 10 April.
     */
    static List<Object> registered(String id, AppealKind kind, Party applicant, List<Party> members) {
        return registered(id, kind, applicant, members, date("2026-04-10"));
    }

    static List<Object> registered(String id, AppealKind kind, Party applicant, List<Party> members,
                                   LocalDate dueDate) {
        List<Object> events = new ArrayList<>();
        events.add(new AppealFiled(id, kind, applicant, members, AKIMAT, "Street lighting on Abay avenue is broken",
                AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-03-17T10:00")));
        events.add(new AppealRegistered(id, "ЖТ-2026-00000001", almaty("2026-03-17T10:00"), "automatic registration",
                date("2026-03-17"), "same day", date("2026-03-18"), dueDate, "15 working days", "APPC art. 76(1)",
                true, "appc-2025-12", "kz-2026", List.of()));
        events.add(review(id, date("2026-03-18"), dueDate));
        return events;
    }

    static DeadlineScheduled review(String id, LocalDate startsOn, LocalDate dueDate) {
        return new DeadlineScheduled(id, id + ":REVIEW", "REVIEW", startsOn, dueDate, "15 working days",
                "APPC art. 76(1)", true, "appc-2025-12", "kz-2026", List.of(), List.of());
    }

    /** An application of Aigerim Sadykova with executor "exec-1" at the akimat. */
    static List<Object> inReview(String id) {
        return inReview(id, AppealKind.APPLICATION);
    }

    static List<Object> inReview(String id, AppealKind kind) {
        List<Object> events = registered(id, kind, CITIZEN, List.of());
        events.add(new ExecutorAssigned(id, AKIMAT.bodyId(), "exec-1", List.of(), null, "APPC art. 64(1)"));
        return events;
    }

    static List<Object> with(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    static Matcher<List<Message<?>>> events(Predicate<Object>... expected) {
        List<Matcher<Object>> matchers = new ArrayList<>();
        for (Predicate<Object> p : expected) {
            matchers.add(predicate(p));
        }
        matchers.add(andNoMore());
        return payloadsMatching(exactSequenceOf(matchers.toArray(new Matcher[0])));
    }

    static <T> Predicate<Object> is(Class<T> type, Predicate<T> check) {
        return e -> type.isInstance(e) && check.test(type.cast(e));
    }
}
