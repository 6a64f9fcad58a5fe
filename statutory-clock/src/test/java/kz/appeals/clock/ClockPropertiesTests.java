package kz.appeals.clock;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClockPropertiesTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());
    /** The Code applies from 1 July 2021; the loaded calendar starts on 1 January 2021. */
    private static final LocalDate FIRST = LocalDate.of(2021, 7, 1);
    /** Late enough to cross into 2027, early enough that 200 working days or 6 months stay inside the loaded years. */
    private static final LocalDate LAST_START = LocalDate.of(2026, 12, 31);

    @Property
    void dueDateIsAlwaysAWorkingDay(@ForAll AppealKind kind, @ForAll BodyLevel level,
                                    @ForAll("receipts") Instant receivedAt) {
        assertThat(CLOCK.isWorkingDay(CLOCK.dueDate(kind, receivedAt, level))).isTrue();
    }

    @Property
    void laterReceiptNeverGivesAnEarlierDueDate(@ForAll AppealKind kind, @ForAll("receipts") Instant receivedAt,
                                                @ForAll @LongRange(min = 0, max = 20 * 86_400) long laterBySeconds) {
        LocalDate earlier = CLOCK.dueDate(kind, receivedAt);
        LocalDate later = CLOCK.dueDate(kind, receivedAt.plusSeconds(laterBySeconds));
        assertThat(later).isAfterOrEqualTo(earlier);
    }

    @Property
    void registrationIsAWorkingDayNotBeforeReceipt(@ForAll("receipts") Instant receivedAt) {
        Registration registration = CLOCK.registration(receivedAt);
        assertThat(CLOCK.isWorkingDay(registration.registeredOn())).isTrue();
        assertThat(registration.registeredOn()).isAfterOrEqualTo(registration.receivedOn());
    }

    @Property
    void countingAgreesWithWorkingDaysBetween(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate nth = CLOCK.nthWorkingDayAfter(from, n);
        assertThat(CLOCK.isWorkingDay(nth)).isTrue();
        assertThat(CLOCK.workingDaysBetween(from, nth)).isEqualTo(n);
        assertThat(CLOCK.workingDaysBetween(from, nth.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void workingDayReviewPeriodCountsExactlyItsLength(@ForAll AppealKind kind, @ForAll("receipts") Instant receivedAt) {
        DueDate due = CLOCK.reviewDueDate(kind, receivedAt);
        if (due.period().endsWith("working days")) {
            int amount = Integer.parseInt(due.period().split(" ")[0]);
            assertThat(CLOCK.workingDaysBetween(due.startsOn().minusDays(1), due.dueDate())).isEqualTo(amount);
        }
        assertThat(due.explanation()).filteredOn(step -> step.type().equals("DUE")).singleElement()
                .extracting(ExplanationStep::date).isEqualTo(due.dueDate());
    }

    @Property
    void fastPathAgreesWithTheExplainedResult(@ForAll AppealKind kind, @ForAll BodyLevel level,
                                              @ForAll("receipts") Instant receivedAt) {
        assertThat(CLOCK.dueDate(kind, receivedAt, level))
                .isEqualTo(CLOCK.reviewDueDate(kind, receivedAt, level).dueDate());
    }

    @Property
    void workingDaysBetweenAddsUpAndChangesSignWhenReversed(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b,
                                                            @ForAll("days") LocalDate c) {
        assertThat(CLOCK.workingDaysBetween(a, b) + CLOCK.workingDaysBetween(b, c))
                .isEqualTo(CLOCK.workingDaysBetween(a, c));
        assertThat(CLOCK.workingDaysBetween(b, a)).isEqualTo(-CLOCK.workingDaysBetween(a, b));
    }

    @Property
    void forwardProceduralDeadlineIsAWorkingDayAfterItsEvent(@ForAll ProceduralTimer timer, @ForAll("days") LocalDate from) {
        LocalDate due = CLOCK.proceduralDeadline(timer, from).dueDate();
        assertThat(CLOCK.isWorkingDay(due)).isTrue();
        if (timer.direction() == ProceduralTimer.Direction.AFTER) {
            assertThat(due).isAfter(from);
        } else {
            assertThat(due).isBefore(from);
        }
    }

    @Provide
    Arbitrary<Instant> receipts() {
        long first = FIRST.atStartOfDay(CLOCK.zone()).toEpochSecond();
        long last = LAST_START.atStartOfDay(CLOCK.zone()).toEpochSecond();
        return Arbitraries.longs().between(first, last).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(FIRST.plusDays(10).toEpochDay(), LAST_START.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
