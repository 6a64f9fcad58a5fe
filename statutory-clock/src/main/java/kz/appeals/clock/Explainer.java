package kz.appeals.clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds the day-by-day explanation of a computed date; kept off the fast path. */
final class Explainer {

    private final WorkingCalendar cal;
    private final List<ExplanationStep> steps = new ArrayList<>();

    Explainer(WorkingCalendar cal) {
        this.cal = cal;
    }

    void received(Registration registration, ZoneId zone) {
        add(registration.receivedOn(), "RECEIVED", "received at "
                + registration.receivedAt().atZone(zone).toLocalDateTime() + " " + zone.getId());
        add(registration.registeredOn(), "REGISTERED", registration.reason());
    }

    void rule(LocalDate date, String text) {
        add(date, "RULE", text);
    }

    /** Days from the day after {@code anchor} to {@code due}, forwards. */
    void count(long anchor, int amount, PeriodUnit unit, long due) {
        long periodEnd = switch (unit) {
            case WORKING_DAYS -> due;
            case CALENDAR_DAYS -> anchor + amount;
            case MONTHS -> LocalDate.ofEpochDay(anchor).plusMonths(amount).toEpochDay();
        };
        if (unit == PeriodUnit.WORKING_DAYS) {
            int counted = 0;
            for (long day = anchor + 1; day <= due; day++) {
                counted = countOrSkip(day, counted, amount, "");
            }
        } else if (unit == PeriodUnit.CALENDAR_DAYS) {
            for (long day = anchor + 1; day <= periodEnd; day++) {
                String note = cal.isWorking(day) ? "" : " (" + cal.reason(day) + ")";
                add(date(day), "COUNTED", "calendar day " + (day - anchor) + " of " + amount + note);
            }
        } else {
            LocalDate start = LocalDate.ofEpochDay(anchor);
            LocalDate end = LocalDate.ofEpochDay(periodEnd);
            add(end, "COUNTED", amount + " month(s) from " + start + " end on " + end
                    + (end.getDayOfMonth() == start.getDayOfMonth() ? ", the same day-number of the month"
                    : ", the last day of the month, which has no day " + start.getDayOfMonth()));
        }
        if (periodEnd != due) {
            add(date(periodEnd), "ROLLED_FORWARD", "the period ends on a day off (" + cal.reason(periodEnd)
                    + "), so it ends on the next working day (APPC art. 76(5))");
            for (long day = periodEnd + 1; day < due; day++) {
                add(date(day), "SKIPPED", cal.reason(day));
            }
        }
        add(date(due), "DUE", "due date");
    }

    /** Days from the day before {@code anchor} back to {@code due}. */
    void countBack(long anchor, int amount, long due) {
        int counted = 0;
        for (long day = anchor - 1; day >= due; day--) {
            counted = countOrSkip(day, counted, amount, " before " + date(anchor));
        }
        add(date(due), "DUE", "latest day");
    }

    private int countOrSkip(long day, int counted, int amount, String suffix) {
        String reason = cal.reason(day);
        if (cal.isWorking(day)) {
            counted++;
            add(date(day), "COUNTED", "working day " + counted + " of " + amount + suffix
                    + (reason == null ? "" : " (" + reason + ")"));
        } else {
            add(date(day), "SKIPPED", reason);
        }
        return counted;
    }

    List<ExplanationStep> steps() {
        return steps;
    }

    private void add(LocalDate date, String type, String text) {
        steps.add(new ExplanationStep(date, type, text));
    }

    private static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
