package kz.appeals.command.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.deadlines.DeadlineTrigger;

/**
 * The wake-ups of one open deadline, as the aggregate armed them ({@code Deadlines.arm}): a warning at the start of
 * each warning day, the expiry at the start of the day after the due date (StatutoryTime). Kept in the deadline's row
 * of {@code open_deadline}; {@code next_fire_at} is the earliest wake-up not yet delivered.
 */
record DeadlineAlarm(String timer, LocalDate dueDate, List<LocalDate> warningDays, List<Integer> workingDaysLeft) {

    /** One wake-up and the trigger it hands to the appeal. */
    record Step(Instant at, DeadlineTrigger trigger) {
    }

    /**
     * The alarm of a deadline scheduled or moved with these warning days: each day's working days left are the
     * configured warning's that falls on it (StatutoryTime.warnings, same calendar as the command that armed it).
     */
    static DeadlineAlarm of(String timer, LocalDate dueDate, List<LocalDate> warningDays, StatutoryTime time) {
        List<Integer> left = new ArrayList<>();
        if (!warningDays.isEmpty()) {
            LocalDate first = warningDays.stream().min(Comparator.naturalOrder()).orElseThrow();
            Map<LocalDate, Integer> configured = time.warnings(first, dueDate).stream()
                    .collect(Collectors.toMap(StatutoryTime.Warning::day, StatutoryTime.Warning::workingDaysLeft,
                            (a, b) -> a));
            for (LocalDate day : warningDays) {
                left.add(configured.getOrDefault(day, time.clock().workingDaysBetween(day, dueDate)));
            }
        }
        return new DeadlineAlarm(timer, dueDate, List.copyOf(warningDays), List.copyOf(left));
    }

    List<Step> steps(StatutoryTime time) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < warningDays.size(); i++) {
            LocalDate day = warningDays.get(i);
            steps.add(new Step(time.startOf(day), new DeadlineTrigger(timer, dueDate, workingDaysLeft.get(i), day)));
        }
        steps.add(new Step(time.expiryOf(dueDate), new DeadlineTrigger(timer, dueDate, 0, dueDate.plusDays(1))));
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    Instant firstAt(StatutoryTime time) {
        return steps(time).get(0).at();
    }

    /** The step due at {@code at} (the row's next_fire_at); the expiry if none matches exactly. */
    Step stepAt(Instant at, StatutoryTime time) {
        List<Step> steps = steps(time);
        return steps.stream().filter(s -> s.at().equals(at)).findFirst().orElse(steps.get(steps.size() - 1));
    }

    /** The wake-up after the one at {@code at}, or null once the expiry was delivered. */
    Instant nextAfter(Instant at, StatutoryTime time) {
        return steps(time).stream().map(Step::at).filter(a -> a.isAfter(at)).findFirst().orElse(null);
    }

    /** PostgreSQL array literals of the two columns. */
    String warningDaysLiteral() {
        return warningDays.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    String workingDaysLeftLiteral() {
        return workingDaysLeft.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
