package kz.appeals.command.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.clock.StatutoryClock;

/**
 * What the aggregate needs to know about time: today's legal date (Asia/Almaty), the statutory clock, and when the
 * deadline manager should wake up. A deadline is missed once its last day has passed, so its expiry fires at the
 * start of the next day; a warning "n working days left" fires at the start of the n-th working day before the due
 * date. The warning offsets are a setting (default 3 and 1).
 */
public final class StatutoryTime {

    /** A warning to be recorded at the start of {@code day}, when {@code workingDaysLeft} working days remain after it. */
    public record Warning(int workingDaysLeft, LocalDate day) {
    }

    private final StatutoryClock clock;
    private final Clock wallClock;
    private final List<Integer> warningWorkingDays;

    public StatutoryTime(StatutoryClock clock, Clock wallClock, List<Integer> warningWorkingDays) {
        this.clock = clock;
        this.wallClock = wallClock;
        this.warningWorkingDays = List.copyOf(warningWorkingDays);
    }

    public StatutoryClock clock() {
        return clock;
    }

    public Instant now() {
        return wallClock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(wallClock.instant(), clock.zone());
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.zone()).toInstant();
    }

    /** When a deadline due on {@code dueDate} is missed: the start of the following day. */
    public Instant expiryOf(LocalDate dueDate) {
        return startOf(dueDate.plusDays(1));
    }

    public DueDate timer(ProceduralTimer timer, LocalDate from) {
        return clock.proceduralDeadline(timer, from);
    }

    /** The configured warnings that fall on or after {@code startsOn}, earliest first. */
    public List<Warning> warnings(LocalDate startsOn, LocalDate dueDate) {
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (int n : warningWorkingDays) {
            LocalDate day = clock.nthWorkingDayBefore(dueDate, n);
            if (!day.isBefore(startsOn)) {
                byDay.put(day, n);
            }
        }
        List<Warning> warnings = new ArrayList<>();
        byDay.forEach((day, n) -> warnings.add(new Warning(n, day)));
        return warnings;
    }

    /**
     * {@code n} working days counted from the day after {@code from}, explained day by day, where {@code n} is not a
     * period of the Code but a count of days taken from the facts: the working days the review period stood still
     * while defects were fixed (art. 64(6)). Every statutory period has a {@link ProceduralTimer} instead.
     */
    public DueDate workingDays(String rule, int n, LocalDate from, String legalBasis, String counting) {
        LocalDate due = clock.nthWorkingDayAfter(from, n);
        String calendarVersion = calendarVersion(from, due);
        String ruleSetVersion = clock.ruleSetVersionAt(from);
        List<ExplanationStep> steps = new ArrayList<>();
        steps.add(new ExplanationStep(from, "RULE", rule + ": " + n + " working days " + counting + " (" + legalBasis
                + "); rule set " + ruleSetVersion + ", calendar " + calendarVersion));
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (clock.isWorkingDay(day)) {
                counted++;
                steps.add(new ExplanationStep(day, "COUNTED", "working day " + counted + " of " + n));
            } else {
                steps.add(new ExplanationStep(day, "SKIPPED", dayOffReason(day)));
            }
        }
        steps.add(new ExplanationStep(due, "DUE", "due " + due));
        return new DueDate(rule, null, null, from.plusDays(1), due, n + " working days", legalBasis, true,
                ruleSetVersion, calendarVersion, steps);
    }

    private String dayOffReason(LocalDate day) {
        return clock.calendarYear(day.getYear()).nonWorkingDays().stream()
                .filter(d -> d.date().equals(day)).map(d -> d.reason()).findFirst()
                .orElse(day.getDayOfWeek().toString());
    }

    /**
     * A date set by a decision rather than counted by a rule (the period to fix defects, art. 64(6); an extension,
     * art. 76(3)), explained with the working days it gives and the versions in force.
     */
    public DueDate setByDecision(String rule, LocalDate decidedOn, LocalDate dueDate, String legalBasis, String how) {
        int workingDays = clock.workingDaysBetween(decidedOn, dueDate);
        String calendarVersion = calendarVersion(decidedOn, dueDate);
        String ruleSetVersion = clock.ruleSetVersionAt(decidedOn);
        List<ExplanationStep> steps = List.of(
                new ExplanationStep(decidedOn, "RULE", how + " on " + decidedOn + " (" + legalBasis + "): "
                        + workingDays + " working days after the decision; rule set " + ruleSetVersion + ", calendar "
                        + calendarVersion),
                new ExplanationStep(dueDate, "DUE", "due " + dueDate));
        return new DueDate(rule, null, null, decidedOn.plusDays(1), dueDate, workingDays + " working days", legalBasis,
                true, ruleSetVersion, calendarVersion, steps);
    }

    public String calendarVersion(LocalDate from, LocalDate to) {
        StringJoiner joiner = new StringJoiner("+");
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            joiner.add(clock.calendarYear(year).calendarVersion());
        }
        return joiner.toString();
    }
}
