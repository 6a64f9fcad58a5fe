package kz.appeals.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The statutory clock: registration day (APPC art. 64(3)), review periods by kind under the rule set in force
 * (arts. 76, 87(2), 90-5, 99 and special laws), procedural timers, all on the Kazakhstan working-day calendar.
 *
 * <p>Counting (art. 76(2)): the clock starts on the day after its starting event; "N working days" ends on the N-th
 * working day after that event. Calendar-day and month periods that end on a non-working day end on the next working
 * day (art. 76(5)). Month rule: a period of N months from day D ends on the same day-number as D in the N-th month
 * after D's month, or on that month's last day if it has no such day, and is then rolled forward (art. 76(5)).
 *
 * <p>Thread-safe: every computation reads one immutable calendar snapshot; {@link #reload()} swaps it atomically.
 */
public final class StatutoryClock {

    private final ClockSettings settings;
    private final List<RuleSet> ruleSetsNewestFirst;
    private final AtomicReference<WorkingCalendar> calendar = new AtomicReference<>();

    private StatutoryClock(ClockSettings settings) {
        this.settings = settings;
        this.ruleSetsNewestFirst = DataFiles.ruleSets().stream()
                .map(file -> new RuleSet(file, settings))
                .sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed())
                .toList();
        reload();
    }

    /** Loads the bundled calendars and rule sets, and the override directory's calendar files if one is set. */
    public static StatutoryClock create(ClockSettings settings) {
        return new StatutoryClock(settings);
    }

    /**
     * Re-reads the calendar files and the variant in force (the override directory's
     * {@value ClockSettings#VARIANT_FILE}, else the setting); on any error the previous snapshot stays in use and the
     * error is thrown.
     */
    public void reload() {
        DataFiles.Calendars files = DataFiles.calendars(settings.calendarOverrideDir(), settings.calendarVariant());
        calendar.set(WorkingCalendar.of(files.byYear().values(), files.variant()));
    }

    /**
     * Puts the calendar a candidate clock loaded (see {@link #movesUnder}) in force, so that the calendar in force is
     * exactly the one the recorded moves were computed with, even if the files changed in between.
     */
    public void reloadFrom(StatutoryClock candidate) {
        calendar.set(candidate.calendar.get());
    }

    /** The bundled calendar variant in force, {@code base} if none. */
    public String calendarVariant() {
        String variant = calendar.get().variant();
        return variant == null ? DataFiles.BASE_VARIANT : variant;
    }

    /** Version ids of the calendar years from {@code from} to {@code to}, joined with "+", as recorded on due dates. */
    public String calendarVersion(LocalDate from, LocalDate to) {
        return calendar.get().versions(from, to);
    }

    public ClockSettings settings() {
        return settings;
    }

    public ZoneId zone() {
        return settings.zone();
    }

    /** APPC art. 64(3): registered on the day of receipt if that is a working day and it came before the end of working hours. */
    public Registration registration(Instant receivedAt) {
        return registration(calendar.get(), receivedAt, settings.endOfWorkingDay());
    }

    /**
     * APPC art. 64(3) at a body whose working hours end at {@code endOfWorkingDay} (a public service centre keeps other
     * hours than the settings' default).
     */
    public Registration registration(Instant receivedAt, LocalTime endOfWorkingDay) {
        return registration(calendar.get(), receivedAt, endOfWorkingDay);
    }

    private Registration registration(WorkingCalendar cal, Instant receivedAt, LocalTime endOfWorkingDay) {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone());
        LocalDate receivedOn = local.toLocalDate();
        long registered = registrationDay(cal, local, endOfWorkingDay);
        String reason;
        if (!cal.isWorking(receivedOn.toEpochDay())) {
            reason = "received on a non-working day (" + cal.reason(receivedOn.toEpochDay())
                    + "), so registered on the next working day (APPC art. 64(3))";
        } else if (registered != receivedOn.toEpochDay()) {
            reason = "received at " + local.toLocalTime() + ", not before the end of working hours ("
                    + endOfWorkingDay + "), so registered on the next working day (APPC art. 64(3))";
        } else {
            reason = "received on a working day before the end of working hours (" + endOfWorkingDay
                    + "), so registered the same day (APPC art. 64(3))";
        }
        LocalDate registeredOn = LocalDate.ofEpochDay(registered);
        return new Registration(receivedAt, receivedOn, registeredOn, reason, cal.versions(receivedOn, registeredOn));
    }

    public DueDate reviewDueDate(AppealKind kind, Instant receivedAt) {
        return reviewDueDate(kind, receivedAt, BodyLevel.CENTRAL);
    }

    /** The review period of {@code kind} under the rule set in force on the day of receipt, with its explanation. */
    public DueDate reviewDueDate(AppealKind kind, Instant receivedAt, BodyLevel level) {
        return explainedReview(kind, receivedAt, level, null, settings.endOfWorkingDay());
    }

    /** As {@link #reviewDueDate(AppealKind, Instant, BodyLevel)}, at a body whose working hours end as given (64(3)). */
    public DueDate reviewDueDate(AppealKind kind, Instant receivedAt, BodyLevel level, LocalTime endOfWorkingDay) {
        return explainedReview(kind, receivedAt, level, null, endOfWorkingDay);
    }

    public DueDate reviewDueDateAfterRedirect(AppealKind kind, Instant receivedAt, LocalDate arrivedAtCompetentBody) {
        return reviewDueDateAfterRedirect(kind, receivedAt, arrivedAtCompetentBody, BodyLevel.CENTRAL);
    }

    /** APPC art. 76(2): for a redirected appeal the period runs from the day after it reaches the competent body. */
    public DueDate reviewDueDateAfterRedirect(AppealKind kind, Instant receivedAt, LocalDate arrivedAtCompetentBody,
                                              BodyLevel level) {
        return explainedReview(kind, receivedAt, level, arrivedAtCompetentBody, settings.endOfWorkingDay());
    }

    /** Fast path of {@link #reviewDueDate(AppealKind, Instant, BodyLevel)}: the same date, without the explanation. */
    public LocalDate dueDate(AppealKind kind, Instant receivedAt, BodyLevel level) {
        WorkingCalendar cal = calendar.get();
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone());
        LocalDate receivedOn = local.toLocalDate();
        RuleSetFile.ReviewPeriod period = ruleSetAt(receivedOn).period(kind);
        long anchor = period.countFrom() == RuleSetFile.CountFrom.RECEIPT
                ? receivedOn.toEpochDay() : registrationDay(cal, local, settings.endOfWorkingDay());
        return LocalDate.ofEpochDay(end(cal, period.amountFor(level), period.unit(), anchor));
    }

    public LocalDate dueDate(AppealKind kind, Instant receivedAt) {
        return dueDate(kind, receivedAt, BodyLevel.CENTRAL);
    }

    /** A procedural period counted from the day after {@code from}, or for a BEFORE timer back from {@code from}. */
    public DueDate proceduralDeadline(ProceduralTimer timer, LocalDate from) {
        WorkingCalendar cal = calendar.get();
        long anchor = from.toEpochDay();
        boolean before = timer.direction() == ProceduralTimer.Direction.BEFORE;
        long due = before ? cal.nthWorkingDayBefore(anchor, timer.amount()) : end(cal, timer.amount(), timer.unit(), anchor);
        LocalDate dueDate = LocalDate.ofEpochDay(due);
        RuleSet ruleSet = ruleSetAt(from);
        String calendarVersion = cal.versions(from, dueDate);
        Explainer explainer = new Explainer(cal);
        explainer.rule(from, timer.name() + ": " + timer.period() + " "
                + (before ? "counted back from " : "counted from the day after ") + from + " (" + timer.legalBasis()
                + "); rule set " + ruleSet.versionId() + ", calendar " + calendarVersion);
        if (before) {
            explainer.countBack(anchor, timer.amount(), due);
        } else {
            explainer.count(anchor, timer.amount(), timer.unit(), due);
        }
        return new DueDate(timer.name(), null, null, from.plusDays(before ? -1 : 1), dueDate, timer.period(),
                timer.legalBasis(), timer.confidence().confirmedInCode(), ruleSet.versionId(), calendarVersion,
                explainer.steps());
    }

    public CalendarYear calendarYear(int year) {
        return calendar.get().year(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.get().isWorking(date.toEpochDay());
    }

    /** Working days in (fromExclusive, toInclusive]; negative if {@code toInclusive} is before {@code fromExclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return calendar.get().workingDaysBetween(fromExclusive.toEpochDay(), toInclusive.toEpochDay());
    }

    /** The n-th working day after {@code from} (n >= 1): the end of an n-working-day period starting the next day. */
    public LocalDate nthWorkingDayAfter(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return LocalDate.ofEpochDay(calendar.get().nthWorkingDayAfter(from.toEpochDay(), n));
    }

    /**
     * The n-th working day before {@code date} (n >= 1), not counting {@code date} itself: e.g. the latest day to send
     * a preliminary decision is the 3rd working day before the act (APPC art. 73, timer
     * {@link ProceduralTimer#PRELIMINARY_DECISION_NOTICE}).
     */
    public LocalDate nthWorkingDayBefore(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return LocalDate.ofEpochDay(calendar.get().nthWorkingDayBefore(date.toEpochDay(), n));
    }

    /** Version id of the rule set in force on {@code date}, e.g. "appc-2025-12@2026-11-21". */
    public String ruleSetVersionAt(LocalDate date) {
        return ruleSetAt(date).versionId();
    }

    /**
     * Which open review deadlines a candidate calendar (e.g. {@code StatutoryClock.create(settingsWithNewDir)}) would
     * move, and to what. Call before {@link #reload()}.
     * <ul>
     * <li>A due date fixed by a decision ({@link OpenDeadline#fixedByDecision()}, an extension under art. 76(3)) keeps
     * its date and only rolls forward if that date became a day off (art. 76(5)).</li>
     * <li>A redirected deadline ({@link OpenDeadline#arrivedAtCompetentBody()}) is recomputed from the day after the
     * arrival at the competent body (art. 76(2)); any other from the day after registration (or receipt, under the old
     * rule set) — in both cases only if this clock reproduces the current due date that way.</li>
     * <li>A due date that is not reproduced (e.g. moved by a correction pause, art. 64(6)) is kept and rolled
     * forward.</li>
     * </ul>
     */
    public List<DueDateMove> movesUnder(StatutoryClock candidate, List<OpenDeadline> open) {
        WorkingCalendar current = calendar.get();
        WorkingCalendar next = candidate.calendar.get();
        List<DueDateMove> moves = new ArrayList<>();
        for (OpenDeadline deadline : open) {
            LocalDate receivedOn = LocalDate.ofInstant(deadline.receivedAt(), zone());
            RuleSetFile.ReviewPeriod period = ruleSetAt(receivedOn).period(deadline.kind());
            LocalDate anchor;
            String from;
            if (deadline.arrivedAtCompetentBody() != null) {
                anchor = deadline.arrivedAtCompetentBody();
                from = "the day after the appeal reached the competent body on " + anchor + " (APPC art. 76(2))";
            } else {
                anchor = period.countFrom() == RuleSetFile.CountFrom.RECEIPT ? receivedOn : deadline.registeredOn();
                from = "the day after " + anchor;
            }
            long currentDue = deadline.currentDueDate().toEpochDay();
            Integer amount = deadline.fixedByDecision() ? null
                    : reproducedAmount(current, period, anchor.toEpochDay(), currentDue);
            long newDue;
            String how;
            if (amount != null) {
                newDue = end(next, amount, period.unit(), anchor.toEpochDay());
                how = "recomputed " + period.unit().describe(amount) + " from " + from + " (" + period.legalBasis()
                        + ")";
            } else {
                newDue = next.rollForward(currentDue);
                how = (deadline.fixedByDecision()
                        ? "due date fixed by a decision (extension, APPC art. 76(3))"
                        : "due date not produced by the standard period (e.g. moved by a correction pause)")
                        + ": kept and rolled forward to a working day (APPC art. 76(5))";
            }
            if (newDue != currentDue) {
                LocalDate to = LocalDate.ofEpochDay(newDue);
                String changes = calendarChanges(current, next, anchor.toEpochDay() + 1, Math.max(currentDue, newDue));
                moves.add(new DueDateMove(deadline.id(), deadline.currentDueDate(), to,
                        "calendar changed: " + changes + "; " + how, next.versions(anchor, to)));
            }
        }
        return moves;
    }

    private static Integer reproducedAmount(WorkingCalendar cal, RuleSetFile.ReviewPeriod period, long anchor,
                                            long currentDue) {
        for (BodyLevel level : BodyLevel.values()) {
            int amount = period.amountFor(level);
            if (end(cal, amount, period.unit(), anchor) == currentDue) {
                return amount;
            }
        }
        return null;
    }

    private static String calendarChanges(WorkingCalendar current, WorkingCalendar next, long from, long to) {
        List<String> changes = new ArrayList<>();
        for (long day = from; day <= to; day++) {
            boolean nowWorking = current.isWorking(day);
            if (nowWorking != next.isWorking(day)) {
                changes.add(LocalDate.ofEpochDay(day) + (nowWorking ? " is now a day off (" : " is now a working day (")
                        + next.reason(day) + ")");
            }
        }
        return changes.isEmpty() ? "no day in the period changed" : String.join(", ", changes);
    }

    private DueDate explainedReview(AppealKind kind, Instant receivedAt, BodyLevel level, LocalDate arrivedAt,
                                    LocalTime endOfWorkingDay) {
        WorkingCalendar cal = calendar.get();
        Registration registration = registration(cal, receivedAt, endOfWorkingDay);
        RuleSet ruleSet = ruleSetAt(registration.receivedOn());
        RuleSetFile.ReviewPeriod period = ruleSet.period(kind);
        int amount = period.amountFor(level);
        LocalDate anchor;
        String counting;
        if (arrivedAt != null) {
            anchor = arrivedAt;
            counting = "counted from the day after the appeal reached the competent body on " + arrivedAt
                    + " (APPC art. 76(2))";
        } else if (period.countFrom() == RuleSetFile.CountFrom.RECEIPT) {
            anchor = registration.receivedOn();
            counting = "counted from the day after receipt (text before the Law of 17.12.2025 No. 241-VIII)";
        } else {
            anchor = registration.registeredOn();
            counting = "counted from the day after registration (APPC art. 76(2))";
        }
        long due = end(cal, amount, period.unit(), anchor.toEpochDay());
        LocalDate dueDate = LocalDate.ofEpochDay(due);
        LocalDate earliest = registration.receivedOn().isBefore(anchor) ? registration.receivedOn() : anchor;
        String calendarVersion = cal.versions(earliest, dueDate);
        String periodText = period.unit().describe(amount);
        Explainer explainer = new Explainer(cal);
        explainer.received(registration, zone());
        explainer.rule(anchor, kind + (kind == AppealKind.PETITION ? " (" + level + " body)" : "") + ": " + periodText
                + " " + counting + "; " + period.legalBasis() + (period.confidence().confirmedInCode() ? ""
                : " [" + period.confidence() + ": not confirmed in the Code's text]") + "; rule set "
                + ruleSet.versionId() + ", calendar " + calendarVersion);
        explainer.count(anchor.toEpochDay(), amount, period.unit(), due);
        return new DueDate(kind.name(), receivedAt, registration.registeredOn(), anchor.plusDays(1), dueDate, periodText,
                period.legalBasis(), period.confidence().confirmedInCode(), ruleSet.versionId(), calendarVersion,
                explainer.steps());
    }

    private RuleSet ruleSetAt(LocalDate date) {
        for (RuleSet ruleSet : ruleSetsNewestFirst) {
            if (!date.isBefore(ruleSet.effectiveFrom())) {
                return ruleSet;
            }
        }
        throw new IllegalArgumentException("No APPC rule set in force on " + date + " (the Code applies from 2021-07-01)");
    }

    private long registrationDay(WorkingCalendar cal, LocalDateTime local, LocalTime endOfWorkingDay) {
        long day = local.toLocalDate().toEpochDay();
        if (cal.isWorking(day) && local.toLocalTime().isBefore(endOfWorkingDay)) {
            return day;
        }
        return cal.nthWorkingDayAfter(day, 1);
    }

    /** End of a period starting the day after {@code anchor}; see the class comment for the month rule. */
    static long end(WorkingCalendar cal, int amount, PeriodUnit unit, long anchor) {
        return switch (unit) {
            case WORKING_DAYS -> cal.nthWorkingDayAfter(anchor, amount);
            case CALENDAR_DAYS -> cal.rollForward(anchor + amount);
            case MONTHS -> cal.rollForward(LocalDate.ofEpochDay(anchor).plusMonths(amount).toEpochDay());
        };
    }
}
